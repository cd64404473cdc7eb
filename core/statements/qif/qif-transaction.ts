import type { CalendarDate } from '../../dates/calendar-date.ts';
import { parseAmountToCents, type DecimalMark } from '../../money/parse-amount.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type {
  ParsedBalance,
  ParsedSplit,
  ParsedTransaction,
  StatementError,
  StatementNotice,
} from '../statement-types.ts';
import { qifCalendarDate, splitQifDate, type DateOrder } from './qif-dates.ts';
import { valueOf, type QifField, type QifRecord } from './qif-records.ts';

export interface QifReading {
  readonly order: DateOrder;
  readonly mark: DecimalMark;
  readonly currency: string;
  readonly accountName: string | null;
  readonly notices: StatementNotice[];
}

export type QifItem =
  | { readonly kind: 'transaction'; readonly transaction: ParsedTransaction }
  | { readonly kind: 'opening'; readonly balance: ParsedBalance };

const OPENING_PAYEE = /^(opening balance|solde (d['’]ouverture|initial|de d[ée]part))$/i;

/**
 * One register record: a transaction, or the opening-balance record Quicken writes first
 * (payee "Opening Balance", category `[own account]`), which is a balance and not a recette.
 */
export function readQifRecord(
  record: QifRecord,
  reading: QifReading,
): Result<QifItem, StatementError[]> {
  const problems: StatementError[] = [];
  const date = readDate(record, reading.order, problems);
  const amountField = fieldOf(record, 'T') ?? fieldOf(record, 'U');
  const amountCents = amountField ? readAmount(amountField, reading.mark, problems) : null;
  if (!amountField) problems.push(missing(record, 'T (amount)'));
  const splits = readSplits(record, reading.mark, problems);
  if (problems.length > 0 || date === null || amountCents === null) return err(problems);

  const payee = valueOf(record, 'P');
  const category = valueOf(record, 'L');
  const transfer = category ? /^\[(.*)\]$/.exec(category)?.[1] : undefined;
  const isOwnAccount = transfer !== undefined && (reading.accountName ?? transfer) === transfer;
  if (payee && OPENING_PAYEE.test(payee) && isOwnAccount) {
    return ok({
      kind: 'opening',
      balance: { kind: 'OPENING', date, amountCents, currency: reading.currency },
    });
  }

  // Quicken writes the amount twice (T and U); T is the one the register shows.
  const copy = fieldOf(record, 'U');
  const copyCents = copy ? parseAmountToCents(copy.value, reading.mark) : null;
  if (copyCents?.ok && copyCents.value !== amountCents) {
    reading.notices.push({ line: copy?.line ?? record.line, message: 'U differs from T: T used' });
  }
  const splitTotal = splits.reduce((total, split) => total + split.amountCents, 0);
  if (splits.length > 0 && splitTotal !== amountCents) {
    const message = `split lines add up to ${splitTotal} cents, not ${amountCents}`;
    reading.notices.push({ line: record.line, message });
  }
  const memo = valueOf(record, 'M');
  const label = payee ?? memo ?? category ?? '';
  const bankCategory =
    category && transfer === undefined && category !== '--Split--' ? category : null;

  return ok({
    kind: 'transaction',
    transaction: {
      // QIF has no transaction ids: identity comes from the content.
      providerId: null,
      status: 'BOOKED',
      bookingDate: date,
      valueDate: null,
      operationDate: null,
      amountCents,
      currency: reading.currency,
      rawLabel: [payee, memo].filter((text) => text !== null).join(' | ') || label,
      label,
      counterparty: payee,
      counterpartyIban: null,
      memo,
      line: record.line,
      splits,
      hints: bankCategory ? { bankCategory } : {},
    },
  });
}

function readDate(record: QifRecord, order: DateOrder, problems: StatementError[]) {
  const field = fieldOf(record, 'D');
  if (!field) {
    problems.push(missing(record, 'D (date)'));
    return null;
  }
  const parts = splitQifDate(field.value);
  const date: CalendarDate | null = parts ? qifCalendarDate(parts, order) : null;
  if (date) return date;
  const how = order === 'DMY' ? 'day/month' : 'month/day';
  const message = `date "${field.value}" is not a date read as ${how}, the order of this file`;
  problems.push({ code: 'BAD_DATE', line: field.line, message });
  return null;
}

function readAmount(field: QifField, mark: DecimalMark, problems: StatementError[]) {
  const amount = parseAmountToCents(field.value, mark);
  if (amount.ok) return amount.value;
  const message = `amount "${field.value}" is not a number (${amount.error.reason})`;
  problems.push({ code: 'BAD_AMOUNT', line: field.line, message });
  return null;
}

interface OpenSplit {
  readonly category: string | null;
  readonly memo: string | null;
  readonly line: number;
}

/** `S` category, `E` memo, `$` amount, in that order, one group per split line. */
function readSplits(record: QifRecord, mark: DecimalMark, problems: StatementError[]) {
  const splits: ParsedSplit[] = [];
  let open = null as OpenSplit | null;
  for (const field of record.fields) {
    const value = field.value === '' ? null : field.value;
    const { line } = field;
    if (field.code === 'S') open = { category: value, memo: null, line };
    else if (field.code === 'E') open = { category: open?.category ?? null, memo: value, line };
    else if (field.code === '$') {
      const amountCents = readAmount(field, mark, problems);
      const { category = null, memo = null } = open ?? {};
      if (amountCents !== null) splits.push({ amountCents, category, memo });
      open = null;
    }
  }
  if (open) {
    const message = `split line on line ${open.line} has no $ amount`;
    problems.push({ code: 'MISSING_FIELD', line: open.line, message });
  }
  return splits;
}

function fieldOf(record: QifRecord, code: string): QifField | null {
  return record.fields.find((field) => field.code === code && field.value !== '') ?? null;
}

function missing(record: QifRecord, what: string): StatementError {
  return { code: 'MISSING_FIELD', line: record.line, message: `record has no ${what}` };
}
