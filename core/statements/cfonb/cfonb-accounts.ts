import type { CalendarDate } from '../../dates/calendar-date.ts';
import { formatMoney } from '../../money/money.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type { ParsedAccount, ParsedTransaction, StatementError } from '../statement-types.ts';
import { collectComplements, describeOperation } from './cfonb-complements.ts';
import type { CfonbRecord } from './cfonb-record.ts';
import { accountKey, type CfonbOperation, type CfonbSection } from './cfonb-sections.ts';
import { readDdmmyy, readOverpunchedAmount } from './cfonb-values.ts';

interface Movement {
  readonly cents: number;
  readonly date: CalendarDate;
}

/** Sections of the same account make one account; each must satisfy old + Σ 04 = new balance. */
export function toAccounts(
  sections: readonly CfonbSection[],
): Result<ParsedAccount[], StatementError> {
  const accounts = new Map<string, ParsedAccount>();
  for (const section of sections) {
    const opening = readMovement(section.opening, 'old balance');
    if (!opening.ok) return opening;
    const closing = readMovement(section.closing, 'new balance');
    if (!closing.ok) return closing;

    const transactions: ParsedTransaction[] = [];
    for (const operation of section.operations) {
      const transaction = toTransaction(operation);
      if (!transaction.ok) return transaction;
      transactions.push(transaction.value);
    }
    const total = transactions.reduce((sum, row) => sum + row.amountCents, 0);
    if (opening.value.cents + total !== closing.value.cents) {
      return mismatch(section, opening.value.cents, total, closing.value.cents);
    }

    const { opening: first } = section;
    const key = accountKey(first);
    const previous = accounts.get(key);
    const currency = first.currency.trim() || 'EUR';
    accounts.set(key, {
      ref: first.account.trim(),
      iban: null,
      bankId: first.bank.trim() || null,
      kind: 'UNKNOWN',
      name: null,
      currency,
      balances: [
        ...(previous?.balances ?? []),
        { kind: 'OPENING', date: opening.value.date, amountCents: opening.value.cents, currency },
        { kind: 'CLOSING', date: closing.value.date, amountCents: closing.value.cents, currency },
      ],
      transactions: [...(previous?.transactions ?? []), ...transactions],
    });
  }
  return ok([...accounts.values()]);
}

function readMovement(record: CfonbRecord, what: string): Result<Movement, StatementError> {
  const cents = readOverpunchedAmount(record.amount, record.decimals);
  if (cents === null) {
    const message =
      `${what} amount "${record.amount}" (columns 91-104) is not 13 digits followed by ` +
      'an overpunched sign character';
    return err({ code: 'BAD_AMOUNT', line: record.line, message });
  }
  const date = readDdmmyy(record.date);
  if (date === null) {
    const message = `${what} date "${record.date}" (columns 35-40) is not a DDMMYY date`;
    return err({ code: 'BAD_DATE', line: record.line, message });
  }
  return ok({ cents, date });
}

function toTransaction({
  record,
  complements,
}: CfonbOperation): Result<ParsedTransaction, StatementError> {
  const movement = readMovement(record, 'operation');
  if (!movement.ok) return movement;
  const valueDate = record.valueDate.trim() === '' ? null : readDdmmyy(record.valueDate);
  if (valueDate === null && record.valueDate.trim() !== '') {
    const message = `value date "${record.valueDate}" (columns 43-48) is not a DDMMYY date`;
    return err({ code: 'BAD_DATE', line: record.line, message });
  }
  const texts = describeOperation(
    record.label,
    movement.value.cents,
    collectComplements(complements),
  );
  const entryNumber = record.entryNumber.trim();
  return ok({
    providerId: /^0*$/.test(entryNumber) ? record.reference.trim() || null : entryNumber,
    status: 'BOOKED',
    bookingDate: movement.value.date,
    valueDate,
    operationDate: null,
    amountCents: movement.value.cents,
    currency: record.currency.trim() || 'EUR',
    ...texts,
    counterpartyIban: null,
    line: record.line,
    splits: [],
    hints: {},
  });
}

function mismatch(section: CfonbSection, opening: number, total: number, closing: number) {
  const currency = section.opening.currency;
  const money = (cents: number) => formatMoney(cents, currency);
  return err<StatementError>({
    code: 'BALANCE_MISMATCH',
    line: section.closing.line,
    message:
      `account ${section.opening.account.trim()}: old balance ${money(opening)} + ` +
      `${section.operations.length} operations ${money(total)} = ${money(opening + total)}, ` +
      `but the new balance is ${money(closing)}; an operation is missing or misread`,
  });
}
