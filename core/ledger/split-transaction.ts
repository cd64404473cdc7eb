import type { Database } from '../db/prisma-client.ts';
import { categoryByCode } from '../categories/bnc-chart.ts';
import { TransactionNotFoundError, UnknownCategoryError } from './confirm-category.ts';

export class InvalidSplitError extends Error {
  readonly code = 'INVALID_SPLIT';
  constructor(
    readonly transactionId: string,
    readonly proCents: number,
    readonly totalCents: number,
  ) {
    super(`the pro part ${proCents} of ${transactionId} must be between 1 and ${totalCents} cents`);
  }
}

export interface SplitResult {
  readonly proCents: number;
  readonly personalCents: number;
}

/**
 * Splits one movement between its professional part (booked under `proCategory`) and the
 * owner's personal part (prélèvement or apport personnel). `proCents` is the size of the pro
 * part, without sign; both parts keep the sign of the movement. Splitting again replaces.
 */
export async function splitTransaction(
  db: Database,
  input: {
    freelancerId: string;
    transactionId: string;
    proCents: number;
    proCategory: string;
    note?: string | null;
  },
): Promise<SplitResult> {
  if (!categoryByCode(input.proCategory)) throw new UnknownCategoryError(input.proCategory);
  return db.$transaction(async (tx) => {
    const row = await tx.transaction.findFirst({
      where: { id: input.transactionId, account: { freelancerId: input.freelancerId } },
    });
    if (!row) throw new TransactionNotFoundError(input.transactionId);
    const total = Math.abs(Number(row.amountCents));
    if (!Number.isSafeInteger(input.proCents) || input.proCents <= 0 || input.proCents > total) {
      throw new InvalidSplitError(row.id, input.proCents, total);
    }
    const sign = row.amountCents < 0n ? -1 : 1;
    const proCents = sign * input.proCents;
    const personalCents = sign * (total - input.proCents);
    const split = {
      freelancerId: input.freelancerId,
      proCents: BigInt(proCents),
      proCategory: input.proCategory,
      personalCents: BigInt(personalCents),
      note: input.note ?? null,
    };
    await tx.transactionSplit.upsert({
      where: { transactionId: row.id },
      create: { transactionId: row.id, ...split },
      update: split,
    });
    await tx.transaction.update({
      where: { id: row.id },
      data: {
        categoryCode: input.proCategory,
        categorySource: 'USER',
        confidence: 100,
        toConfirm: false,
        categorisedAt: new Date(),
      },
    });
    return { proCents, personalCents };
  });
}
