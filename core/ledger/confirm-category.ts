import type { Database } from '../db/prisma-client.ts';
import { learningKeyOf } from '../categories/categorise.ts';
import { categoryByCode } from '../categories/bnc-chart.ts';

export class UnknownCategoryError extends Error {
  readonly code = 'UNKNOWN_CATEGORY';
  constructor(readonly categoryCode: string) {
    super(`unknown category "${categoryCode}"`);
  }
}

export class TransactionNotFoundError extends Error {
  readonly code = 'TRANSACTION_NOT_FOUND';
  constructor(readonly transactionId: string) {
    super(`no transaction ${transactionId} for this freelancer`);
  }
}

export interface ConfirmResult {
  readonly transactionId: string;
  readonly categoryCode: string;
  /** Other doubtful rows of the same counterparty that the confirmation settled too. */
  readonly alsoSettled: number;
}

/**
 * The freelancer says what a transaction is. The answer is final for that row, is remembered for
 * the counterparty (the categoriser's memory), and settles the other doubtful rows of the same
 * counterparty and direction. Scoped by freelancer: nobody confirms someone else's row.
 */
export async function confirmCategory(
  db: Database,
  // STAFF when the firm changes it from the dashboard; the learning and settling are the same.
  input: {
    freelancerId: string;
    transactionId: string;
    categoryCode: string;
    source?: 'USER' | 'STAFF';
  },
): Promise<ConfirmResult> {
  if (!categoryByCode(input.categoryCode)) throw new UnknownCategoryError(input.categoryCode);
  return db.$transaction(async (tx) => {
    // One confirmation at a time per freelancer: two at once for the same counterparty would
    // update the same learned answer and sibling rows in opposite orders (a deadlock).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${input.freelancerId}))`;
    const row = await tx.transaction.findFirst({
      where: { id: input.transactionId, account: { freelancerId: input.freelancerId } },
    });
    if (!row) throw new TransactionNotFoundError(input.transactionId);

    await tx.transaction.update({
      where: { id: row.id },
      data: {
        categoryCode: input.categoryCode,
        categorySource: input.source ?? 'USER',
        confidence: 100,
        toConfirm: false,
        categorisedAt: new Date(),
      },
    });
    // The same key the categoriser looks answers up with (bank prefixes cut).
    const key = learningKeyOf({ ...row, amountCents: Number(row.amountCents) });
    const direction = row.amountCents >= 0n ? 'in' : 'out';
    if (!key) return { transactionId: row.id, categoryCode: input.categoryCode, alsoSettled: 0 };

    await tx.learnedCategory.upsert({
      where: {
        freelancerId_counterpartyKey_direction: {
          freelancerId: input.freelancerId,
          counterpartyKey: key,
          direction,
        },
      },
      create: {
        freelancerId: input.freelancerId,
        counterpartyKey: key,
        direction,
        categoryCode: input.categoryCode,
      },
      update: { categoryCode: input.categoryCode, confirmations: { increment: 1 } },
    });
    const siblings = await tx.transaction.findMany({
      where: {
        account: { freelancerId: input.freelancerId },
        toConfirm: true,
        id: { not: row.id },
        amountCents: direction === 'in' ? { gte: 0n } : { lt: 0n },
      },
      select: {
        id: true,
        counterparty: true,
        label: true,
        rawLabel: true,
        memo: true,
        amountCents: true,
      },
    });
    const settled = siblings.filter(
      (sibling) => learningKeyOf({ ...sibling, amountCents: Number(sibling.amountCents) }) === key,
    );
    if (settled.length > 0) {
      await tx.transaction.updateMany({
        where: { id: { in: settled.map((sibling) => sibling.id) } },
        data: {
          categoryCode: input.categoryCode,
          categorySource: 'LEARNED',
          confidence: 90,
          toConfirm: false,
        },
      });
    }
    return { transactionId: row.id, categoryCode: input.categoryCode, alsoSettled: settled.length };
  });
}
