import type { Database } from '../../core/db/prisma-client.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import type { ReceiptLink, ReceiptsPort } from './dashboard-ports.ts';

/**
 * Receipts as core/receipts stored them: the active matches of each transaction, and the file
 * from the content-addressed store. Both scoped by freelancer; the caller has checked the firm.
 */
export function createStoredReceipts(deps: { db: Database; files: FileStore }): ReceiptsPort {
  return {
    async receiptsFor({ freelancerId, transactionIds }) {
      const matches = await deps.db.receiptMatch.findMany({
        where: {
          transactionId: { in: [...transactionIds] },
          undoneAt: null,
          receipt: { freelancerId },
        },
        select: { transactionId: true, receipt: { select: { id: true, fileName: true } } },
        orderBy: { createdAt: 'asc' },
      });
      const byTransaction = new Map<string, ReceiptLink[]>();
      for (const match of matches) {
        const links = byTransaction.get(match.transactionId) ?? [];
        // One receipt may cover a payment and its fee line: list it once.
        if (!links.some((link) => link.receiptId === match.receipt.id)) {
          links.push({ receiptId: match.receipt.id, fileName: match.receipt.fileName });
        }
        byTransaction.set(match.transactionId, links);
      }
      return byTransaction;
    },

    async openReceipt({ freelancerId, receiptId }) {
      const receipt = await deps.db.receipt.findFirst({
        where: { id: receiptId, freelancerId },
        select: { fileSha256: true, fileName: true, mime: true },
      });
      if (!receipt) return null;
      const bytes = await deps.files.get(receipt.fileSha256);
      return { bytes, fileName: receipt.fileName, mimeType: receipt.mime };
    },
  };
}
