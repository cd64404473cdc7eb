import type { Database } from '../db/prisma-client.ts';
import type { Candidate } from './matching/match-types.ts';

export interface AppliedMatch {
  readonly matchIds: readonly string[];
  readonly transactionIds: readonly string[];
  readonly writeOffCents: number;
}

/**
 * Records a candidate as the receipt's justification: one row per transaction it pays, one per
 * foreign-currency fee line beside it, and the receipt marked matched, all or nothing.
 */
export async function applyMatch(
  db: Database,
  receiptId: string,
  candidate: Candidate,
  source: 'AUTO' | 'USER',
): Promise<AppliedMatch> {
  const confidence = Math.round(candidate.confidence * 100);
  const fees = await db.transaction.findMany({
    where: { id: { in: [...candidate.feeTransactionIds] } },
    select: { id: true, amountCents: true },
  });
  const rows = [
    ...candidate.allocations.map((allocation, index) => ({
      id: crypto.randomUUID(),
      receiptId,
      transactionId: allocation.transactionId,
      role: 'PAYMENT' as const,
      allocatedCents: BigInt(allocation.cents),
      // The write-off belongs to the payment it was accepted on.
      writeOffCents: BigInt(index === 0 ? candidate.writeOffCents : 0),
      confidence,
      source,
    })),
    ...fees.map((fee) => ({
      id: crypto.randomUUID(),
      receiptId,
      transactionId: fee.id,
      role: 'FX_FEE' as const,
      allocatedCents: fee.amountCents,
      writeOffCents: 0n,
      confidence,
      source,
    })),
  ];
  await db.$transaction([
    db.receiptMatch.createMany({ data: rows }),
    db.receipt.update({ where: { id: receiptId }, data: { status: 'MATCHED' } }),
  ]);
  return {
    matchIds: rows.map((row) => row.id),
    transactionIds: rows.map((row) => row.transactionId),
    writeOffCents: candidate.writeOffCents,
  };
}
