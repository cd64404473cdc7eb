import type { Database } from '../db/prisma-client.ts';
import { ReceiptNotFoundError } from './receipt-errors.ts';

export interface UndoInput {
  readonly receiptId: string;
  /** Only the match to this transaction; all of the receipt's matches when absent. */
  readonly transactionId?: string;
}

/**
 * Undoes a match: the rows are kept with the time they were undone (the trail, like a
 * contrepassation), the transactions need a justificatif again and the receipt waits for one.
 */
export async function undoMatch(
  db: Database,
  freelancerId: string,
  input: UndoInput,
): Promise<number> {
  const receipt = await db.receipt.findFirst({ where: { id: input.receiptId, freelancerId } });
  if (!receipt) throw new ReceiptNotFoundError(input.receiptId);

  const undone = await db.receiptMatch.updateMany({
    where: {
      receiptId: receipt.id,
      undoneAt: null,
      ...(input.transactionId ? { transactionId: input.transactionId } : {}),
    },
    data: { undoneAt: new Date() },
  });
  const left = await db.receiptMatch.count({ where: { receiptId: receipt.id, undoneAt: null } });
  if (left === 0)
    await db.receipt.update({ where: { id: receipt.id }, data: { status: 'UNMATCHED' } });
  return undone.count;
}
