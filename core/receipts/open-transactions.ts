import type { Database } from '../db/prisma-client.ts';
import { fromDbDate, toDbDate, type CalendarDate } from '../dates/calendar-date.ts';
import { cleanBankLabel } from '../labels/clean-label.ts';
import type { TransactionFacts } from './matching/match-types.ts';

export interface TransactionQuery {
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
  readonly ids?: readonly string[];
  readonly amountCents?: number;
}

/**
 * The freelancer's booked movements on active accounts, with what is left to justify once
 * the confirmed matches are deducted. The deferred card's monthly debit is left out: its
 * operations are justified one by one on the card account.
 */
export async function loadTransactionFacts(
  db: Database,
  freelancerId: string,
  query: TransactionQuery = {},
): Promise<TransactionFacts[]> {
  const rows = await db.transaction.findMany({
    where: {
      status: 'BOOKED',
      supersededById: null,
      account: { freelancerId, active: true },
      ...(query.ids ? { id: { in: [...query.ids] } } : {}),
      ...(query.amountCents !== undefined ? { amountCents: BigInt(query.amountCents) } : {}),
      ...(query.from || query.to
        ? {
            bookingDate: {
              ...(query.from ? { gte: toDbDate(query.from) } : {}),
              ...(query.to ? { lte: toDbDate(query.to) } : {}),
            },
          }
        : {}),
    },
    include: { account: { select: { kind: true, externalRef: true, iban: true } } },
    orderBy: [{ bookingDate: 'asc' }, { id: 'asc' }],
  });
  const allocated = await allocatedByTransaction(
    db,
    rows.map((row) => row.id),
  );

  return rows
    .filter((row) => canTakeReceipt(row.rawLabel, Number(row.amountCents)))
    .map((row) => {
      const amountCents = Number(row.amountCents);
      return {
        id: row.id,
        accountId: row.accountId,
        accountKind: row.account.kind,
        accountRef: row.account.externalRef,
        accountIban: row.account.iban,
        bookingDate: fromDbDate(row.bookingDate),
        operationDate: row.operationDate ? fromDbDate(row.operationDate) : null,
        amountCents,
        remainingCents: amountCents - (allocated.get(row.id) ?? 0),
        rawLabel: row.rawLabel,
      };
    });
}

/** The deferred card's monthly debit is justified by the card's own operations, never alone. */
export function canTakeReceipt(rawLabel: string, amountCents: number): boolean {
  return cleanBankLabel(rawLabel, amountCents).kind !== 'card_settlement';
}

/** Signed cents already justified per transaction (active matches only). */
export async function allocatedByTransaction(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const sums = await db.receiptMatch.groupBy({
    by: ['transactionId'],
    where: { transactionId: { in: [...ids] }, undoneAt: null },
    _sum: { allocatedCents: true },
  });
  return new Map(sums.map((sum) => [sum.transactionId, Number(sum._sum.allocatedCents ?? 0n)]));
}
