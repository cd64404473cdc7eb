import { categoryByCode } from '../categories/bnc-chart.ts';
import type { Database } from '../db/prisma-client.ts';
import { fromDbDate, monthRange, toDbDate, type CalendarDate } from '../dates/calendar-date.ts';
import { cleanBankLabel } from '../labels/clean-label.ts';
import { isFxFeeLabel } from './matching/fx-rates.ts';
import { allocatedByTransaction } from './open-transactions.ts';

export interface MissingReceipt {
  readonly transactionId: string;
  readonly accountName: string;
  readonly date: CalendarDate;
  readonly amountCents: number;
  /** What is left to justify (less than the amount when a receipt covers part of it). */
  readonly remainingCents: number;
  readonly label: string;
  readonly counterparty: string | null;
}

export interface MonthReceipts {
  readonly month: string;
  readonly missing: readonly MissingReceipt[];
  /** Checking and savings accounts whose statement PDF for the month is not filed. */
  readonly accountsWithoutStatement: ReadonlyArray<{ accountId: string; name: string }>;
  /** Every transaction that needs one has its justificatif and every statement is there. */
  readonly complete: boolean;
}

export class InvalidReceiptMonthError extends Error {
  readonly code = 'INVALID_MONTH';
  constructor(readonly month: string) {
    super(`"${month}" is not a month: write it YYYY-MM, e.g. 2026-10`);
  }
}

// Movements justified by the statement itself, or that are not recettes or dépenses.
const NO_RECEIPT_KINDS = new Set(['card_settlement', 'atm', 'fee']);

/**
 * What the month still lacks: the transactions that need a justificatif and do not have one,
 * and the bank statements not yet filed. Internal movements, the deferred card's monthly
 * debit, bank fees and cash withdrawals need none.
 */
export async function listMissingReceipts(
  db: Database,
  freelancerId: string,
  month: string,
): Promise<MonthReceipts> {
  const range = monthRange(month);
  if (!range) throw new InvalidReceiptMonthError(month);
  const rows = await db.transaction.findMany({
    where: {
      status: 'BOOKED',
      supersededById: null,
      account: { freelancerId, active: true },
      bookingDate: { gte: toDbDate(range.from), lte: toDbDate(range.to) },
    },
    include: { account: { select: { name: true } } },
    orderBy: [{ bookingDate: 'asc' }, { id: 'asc' }],
  });
  const allocated = await allocatedByTransaction(
    db,
    rows.map((row) => row.id),
  );

  const missing = rows
    .filter((row) => needsReceipt(row.rawLabel, Number(row.amountCents), row.categoryCode))
    .map((row) => {
      const amountCents = Number(row.amountCents);
      return {
        transactionId: row.id,
        accountName: row.account.name,
        date: fromDbDate(row.bookingDate),
        amountCents,
        remainingCents: amountCents - (allocated.get(row.id) ?? 0),
        label: row.label,
        counterparty: row.counterparty,
      };
    })
    .filter((row) => row.remainingCents !== 0);

  const accounts = await db.account.findMany({
    where: { freelancerId, active: true, kind: { in: ['CHECKING', 'SAVINGS'] } },
    select: { id: true, name: true },
  });
  const filed = await db.monthStatement.findMany({
    where: { freelancerId, month },
    select: { accountId: true },
  });
  const accountsWithoutStatement = accounts
    .filter((account) => !filed.some((statement) => statement.accountId === account.id))
    .map((account) => ({ accountId: account.id, name: account.name }));

  return {
    month,
    missing,
    accountsWithoutStatement,
    complete: missing.length === 0 && accountsWithoutStatement.length === 0,
  };
}

export function needsReceipt(
  rawLabel: string,
  amountCents: number,
  categoryCode: string | null,
): boolean {
  if (amountCents === 0 || isFxFeeLabel(rawLabel)) return false;
  if (NO_RECEIPT_KINDS.has(cleanBankLabel(rawLabel, amountCents).kind)) return false;
  const category = categoryCode ? categoryByCode(categoryCode) : undefined;
  return !(category?.kind === 'hors_books' && category.code !== 'IMMOBILISATION');
}
