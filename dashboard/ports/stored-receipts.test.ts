import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFolderFileStore } from '../../core/files/file-store.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { seedFirms } from '../test-support/seed-firms.ts';
import { createStoredReceipts } from './stored-receipts.ts';

let database: TestDatabase;
const files = createFolderFileStore(mkdtempSync(path.join(tmpdir(), 'pointage-receipts-')));
const bytes = new TextEncoder().encode('%PDF-1.4\n% facture\n');

beforeAll(async () => {
  database = await createTestDatabase();
  await seedFirms(database.db);
  const stored = await files.put(bytes);
  await database.db.receipt.create({
    data: {
      id: 'rc-1',
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
            id: 'm-1',
            transactionId: 'tx-alice-1',
            allocatedCents: 150_000n,
            confidence: 95,
            source: 'AUTO',
          },
          {
            id: 'm-2',
            transactionId: 'tx-alice-3',
            allocatedCents: -8_900n,
            confidence: 60,
            source: 'USER',
            undoneAt: new Date(),
          },
        ],
      },
    },
  });
});
afterAll(async () => database?.drop());

describe('receipts from core/receipts', () => {
  it('lists the active matches of each transaction, for its freelancer only', async () => {
    const port = createStoredReceipts({ db: database.db, files });
    const links = await port.receiptsFor({
      freelancerId: 'fl-alice',
      transactionIds: ['tx-alice-1', 'tx-alice-3'],
    });
    expect(Object.fromEntries(links)).toEqual({
      'tx-alice-1': [{ receiptId: 'rc-1', fileName: 'facture-dupont.pdf' }],
    });
    expect(
      (await port.receiptsFor({ freelancerId: 'fl-zoe', transactionIds: ['tx-alice-1'] })).size,
    ).toBe(0);
  });

  it('opens the stored file, and nobody else’s', async () => {
    const port = createStoredReceipts({ db: database.db, files });
    const file = await port.openReceipt({ freelancerId: 'fl-alice', receiptId: 'rc-1' });
    expect(file).toMatchObject({ fileName: 'facture-dupont.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(file!.bytes).toString()).toContain('facture');
    expect(await port.openReceipt({ freelancerId: 'fl-zoe', receiptId: 'rc-1' })).toBeNull();
  });
});
