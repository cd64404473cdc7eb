import type { ParsedTransaction } from '../statement-types.ts';
import type { Mt940Details } from './mt940-details.ts';
import type { Mt940StatementLine } from './mt940-statement-line.ts';

/** A `:61:` line and its `:86:` as one booked transaction. */
export function toTransaction(
  statementLine: Mt940StatementLine,
  details: Mt940Details | null,
  currency: string,
  line: number,
): ParsedTransaction {
  const { supplementary } = statementLine;
  const label =
    details?.label ?? supplementary ?? statementLine.customerRef ?? statementLine.transactionType;
  return {
    providerId: statementLine.bankRef ?? statementLine.customerRef,
    status: 'BOOKED',
    bookingDate: statementLine.bookingDate,
    valueDate: statementLine.valueDate,
    operationDate: null,
    amountCents: statementLine.amountCents,
    currency,
    rawLabel: [supplementary, details?.raw ?? null].filter((text) => text !== null).join(' | '),
    label,
    counterparty: details?.counterparty ?? null,
    counterpartyIban: details?.counterpartyIban ?? null,
    memo: details?.memo ?? null,
    line,
    splits: [],
    hints: {},
  };
}
