import type { FileStore } from '../../core/files/file-store.ts';
import type { TestDatabase } from '../../test/database.ts';
import { NOW } from './seed-firms.ts';

/** Alice's October escalated by the monthly collection, and her November fee's invoice. */
export async function seedCollectionAndReceipt(
  database: TestDatabase,
  files: FileStore,
): Promise<void> {
  const { db } = database;
  await db.collectionMonth.create({
    data: {
      freelancerId: 'fl-alice',
      month: '2026-10',
      firmId: 'cabinet-a',
      state: 'ESCALATED',
      statementsMissing: 1,
      receiptsMissing: 3,
      remindersSent: 2,
      escalatedAt: NOW,
      checkedAt: NOW,
    },
  });
  const stored = await files.put(new TextEncoder().encode('%PDF-1.4\n% facture Dupont\n%%EOF\n'));
  await db.receipt.create({
    data: {
      id: 'rc-alice-1',
      freelancerId: 'fl-alice',
      fileSha256: stored.sha256,
      fileName: 'facture-dupont.pdf',
      sizeBytes: stored.size,
      mime: 'application/pdf',
      kind: 'SALES_INVOICE',
      status: 'MATCHED',
      matches: {
        create: [
          {
            id: 'rm-alice-1',
            transactionId: 'tx-alice-1',
            allocatedCents: 150_000n,
            confidence: 96,
            source: 'AUTO',
          },
        ],
      },
    },
  });
}
