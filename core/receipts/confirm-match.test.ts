import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { FIXTURES_DIR } from '../../test/fixtures.ts';
import { createFolderFileStore, type FileStore } from '../files/file-store.ts';
import { attachReceipt } from './attach-receipt.ts';
import { confirmMatch } from './confirm-match.ts';
import { createPdfSandbox, type PdfSandbox } from './extract/pdf-sandbox.ts';
import { listMissingReceipts } from './list-missing-receipts.ts';
import { ReceiptNotFoundError, TransactionNotMatchableError } from './receipt-errors.ts';
import { importSampleBooks } from './test-support/sample-books.ts';
import { textPdf } from './test-support/make-pdf.ts';
import { undoMatch } from './undo-match.ts';

const FREELANCER = 'maelle-choices';
let test: TestDatabase;
let files: FileStore;
let sandbox: PdfSandbox;
let ids: Map<string, string>;

// The sample card has two identical coffees on 10/09 (V4821260911010 and …011).
const coffeeTicket = (ticket: string) =>
  textPdf([
    'CAFE DU PASSAGE',
    '12 passage Thiaffait 69001 LYON',
    `10/09/2026 08:41 Ticket ${ticket}`,
    '1 EXPRESSO 3,50',
    'TOTAL TTC 3,50 EUR',
    'CB **** 4821',
  ]);

const attach = (bytes: Uint8Array, name: string) =>
  attachReceipt(test.db, files, FREELANCER, bytes, name, 'application/pdf', { sandbox });

beforeAll(async () => {
  test = await createTestDatabase();
  files = createFolderFileStore(mkdtempSync(path.join(tmpdir(), 'pointage-choices-')));
  sandbox = createPdfSandbox();
  ids = await importSampleBooks(test.db, FIXTURES_DIR, FREELANCER);
});
afterAll(async () => {
  await sandbox.close();
  await test.drop();
});

const id = (fitid: string) => ids.get(fitid) ?? fitid;

describe('choosing, confirming and undoing matches', () => {
  let firstReceipt = '';

  it('asks which of two identical coffees a ticket justifies, then records the choice', async () => {
    const outcome = await attach(coffeeTicket('4471'), 'cafe-1.pdf');
    if (outcome.kind !== 'receipt') throw new Error(outcome.kind);
    firstReceipt = outcome.receiptId;
    expect(outcome.decision?.outcome).toBe('choose');
    const offered = outcome.decision?.candidates
      .map((candidate) => candidate.allocations[0]?.transactionId)
      .sort();
    expect(offered).toEqual([id('V4821260911010'), id('V4821260911011')].sort());

    const applied = await confirmMatch(test.db, FREELANCER, {
      receiptId: firstReceipt,
      transactionIds: [id('V4821260911010')],
    });
    expect(applied.transactionIds).toEqual([id('V4821260911010')]);
    expect((await test.db.receipt.findUnique({ where: { id: firstReceipt } }))?.status).toBe(
      'MATCHED',
    );
  });

  it('matches the second ticket to the coffee that is left, without asking', async () => {
    const outcome = await attach(coffeeTicket('4472'), 'cafe-2.pdf');
    expect(outcome).toMatchObject({
      kind: 'receipt',
      matchedTransactionIds: [id('V4821260911011')],
    });
  });

  it('refuses to confirm a transaction that is already justified, or a receipt of someone else', async () => {
    await expect(
      confirmMatch(test.db, FREELANCER, {
        receiptId: firstReceipt,
        transactionIds: [id('V4821260911011')],
      }),
    ).rejects.toBeInstanceOf(TransactionNotMatchableError);
    await expect(
      confirmMatch(test.db, 'someone-else', {
        receiptId: firstReceipt,
        transactionIds: [id('V4821260911010')],
      }),
    ).rejects.toBeInstanceOf(ReceiptNotFoundError);
  });

  it('undoes a match: the coffee needs its receipt again and the undone row is kept', async () => {
    const before = await listMissingReceipts(test.db, FREELANCER, '2026-09');
    expect(before.missing.map((row) => row.transactionId)).not.toContain(id('V4821260911010'));

    expect(await undoMatch(test.db, FREELANCER, { receiptId: firstReceipt })).toBe(1);
    const after = await listMissingReceipts(test.db, FREELANCER, '2026-09');
    expect(after.missing.map((row) => row.transactionId)).toContain(id('V4821260911010'));
    expect(await test.db.receiptMatch.count({ where: { receiptId: firstReceipt } })).toBe(1);
    expect((await test.db.receipt.findUnique({ where: { id: firstReceipt } }))?.status).toBe(
      'UNMATCHED',
    );
  });

  it('offers a larger payment of the same shop as partly justified, and keeps the rest open', async () => {
    const note = textPdf([
      'LIBRAIRIE DES PASSAGES',
      'Facture N° LP-2026-0912',
      'Date : 06/10/2026',
      'Total TTC 31,00 €',
    ]);
    const outcome = await attach(note, 'librairie.pdf');
    if (outcome.kind !== 'receipt') throw new Error(outcome.kind);
    expect(outcome.decision).toMatchObject({
      outcome: 'choose',
      candidates: [{ kind: 'partial' }],
    });
    const applied = await confirmMatch(test.db, FREELANCER, {
      receiptId: outcome.receiptId,
      transactionIds: [id('V4821261007024')],
    });
    const rows = await test.db.receiptMatch.findMany({
      where: { id: { in: [...applied.matchIds] } },
    });
    // 31,00 of the 32,00 payment: the rest still needs a justificatif.
    expect(rows.map((row) => [row.source, Number(row.allocatedCents)])).toEqual([['USER', -3100]]);
    const october = await listMissingReceipts(test.db, FREELANCER, '2026-10');
    expect(
      october.missing.find((row) => row.transactionId === id('V4821261007024'))?.remainingCents,
    ).toBe(-100);
  });
});
