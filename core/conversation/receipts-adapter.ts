import type { Database } from '../db/prisma-client.ts';
import type { FileStore } from '../files/file-store.ts';
import type { Logger } from '../logging/logger.ts';
import { attachReceipt } from '../receipts/attach-receipt.ts';
import { confirmMatch } from '../receipts/confirm-match.ts';
import { listMissingReceipts } from '../receipts/list-missing-receipts.ts';
import { loadTransactionFacts } from '../receipts/open-transactions.ts';
import { matchStatedAmount } from '../receipts/stated-amount.ts';
import { undoMatch } from '../receipts/undo-match.ts';
import type { AttachOutcome, ReceiptsPort, TransactionSummary } from './conversation-ports.ts';
import { toSummary } from './transaction-summary.ts';

const MAX_CANDIDATES = 5;

/** The conversation's receipts port over core/receipts (reading, matching, the month's gaps). */
export function createReceiptsPort(input: {
  db: Database;
  files: FileStore;
  logger: Logger;
}): ReceiptsPort {
  const { db } = input;
  const summaries = async (
    freelancerId: string,
    ids: readonly string[],
  ): Promise<TransactionSummary[]> => {
    const rows = await db.transaction.findMany({
      where: { id: { in: [...ids] }, account: { freelancerId } },
      include: { account: { select: { name: true } } },
    });
    return ids.flatMap((id) => rows.filter((row) => row.id === id).map(toSummary));
  };

  return {
    async attachReceipt(request): Promise<AttachOutcome> {
      const { freelancerId } = request;
      const outcome = await attachReceipt(
        db,
        input.files,
        freelancerId,
        request.bytes,
        request.fileName,
        request.mimeType,
        {
          logger: input.logger,
        },
      );
      switch (outcome.kind) {
        case 'rejected':
          return { kind: 'rejected', reason: outcome.error.code };
        case 'statement':
          return {
            kind: 'statement',
            month: outcome.filed.month,
            accountLabel: outcome.filed.statement.bankName,
          };
        case 'receipt': {
          const [matched] = await summaries(freelancerId, outcome.matchedTransactionIds);
          if (outcome.alreadyKnown)
            return {
              kind: 'duplicate',
              receiptId: outcome.receiptId,
              transaction: matched ?? null,
            };
          if (matched)
            return { kind: 'matched', receiptId: outcome.receiptId, transaction: matched };
          // A photo with an amount written beside it: the payments of that amount, to confirm.
          const proposed =
            outcome.noText && request.amountHintCents !== null
              ? (
                  await loadTransactionFacts(db, freelancerId, {
                    amountCents: -request.amountHintCents,
                  })
                )
                  .filter((row) => row.remainingCents === row.amountCents)
                  .map((row) => row.id)
              : (outcome.decision?.candidates ?? []).flatMap((candidate) =>
                  candidate.allocations.slice(0, 1).map((allocation) => allocation.transactionId),
                );
          return {
            kind: 'to_choose',
            receiptId: outcome.receiptId,
            readable: !outcome.noText,
            totalCents: outcome.fields?.totalCents ?? null,
            candidates: await summaries(
              freelancerId,
              [...new Set(proposed)].slice(0, MAX_CANDIDATES),
            ),
          };
        }
      }
    },
    async setReceiptAmount({ freelancerId, receiptId, amountCents }) {
      // A corrected amount replaces the match the previous one made.
      await undoMatch(db, freelancerId, { receiptId });
      const result = await matchStatedAmount(db, freelancerId, { receiptId, amountCents });
      const [matched] = await summaries(freelancerId, result.matchedTransactionIds);
      const proposed = result.decision.candidates.flatMap((candidate) =>
        candidate.allocations.slice(0, 1).map((allocation) => allocation.transactionId),
      );
      return {
        matched: matched ?? null,
        candidates: matched ? [] : await summaries(freelancerId, proposed),
      };
    },
    async confirmMatch({ freelancerId, receiptId, transactionId }) {
      const already = await db.receiptMatch.findFirst({
        where: { receiptId, transactionId, undoneAt: null },
      });
      if (!already)
        await confirmMatch(db, freelancerId, { receiptId, transactionIds: [transactionId] });
      const [transaction] = await summaries(freelancerId, [transactionId]);
      if (!transaction) throw new Error(`transaction ${transactionId} is not this freelancer's`);
      return { transaction };
    },
    async listMissingReceipts({ freelancerId, month }) {
      const { missing } = await listMissingReceipts(db, freelancerId, month);
      return missing.map((row) => ({
        id: row.transactionId,
        providerId: null,
        date: row.date,
        label: row.label,
        accountName: row.accountName,
        amountCents: row.amountCents,
      }));
    },
  };
}
