import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { FIXTURES_DIR, readFixture } from '../../test/fixtures.ts';
import { createFolderFileStore, type FileStore } from '../files/file-store.ts';
import { attachReceipt, type AttachOutcome } from './attach-receipt.ts';
import { createPdfSandbox, type PdfSandbox } from './extract/pdf-sandbox.ts';
import { listMissingReceipts } from './list-missing-receipts.ts';
import { matchStatedAmount } from './stated-amount.ts';
import { importSampleBooks, readExpectedReceipts } from './test-support/sample-books.ts';

const expected = readExpectedReceipts(FIXTURES_DIR);
const FREELANCER = 'maelle';
const ERROR_CODES: Readonly<Record<string, string>> = {
  'truncated PDF': 'CORRUPT_PDF',
  'empty file (0 bytes)': 'EMPTY_FILE',
  'no text / too many pages': 'TOO_MANY_PAGES',
  'not a PDF (HTML document)': 'UNSUPPORTED_TYPE',
};

let test: TestDatabase;
let files: FileStore;
let sandbox: PdfSandbox;
let ids: Map<string, string>;
const outcomes = new Map<string, AttachOutcome>();

beforeAll(async () => {
  test = await createTestDatabase();
  files = createFolderFileStore(mkdtempSync(path.join(tmpdir(), 'pointage-receipts-')));
  sandbox = createPdfSandbox();
  ids = await importSampleBooks(test.db, FIXTURES_DIR, FREELANCER);
  // In the order of expected.json, as a freelancer would send them over the months.
  for (const receipt of expected.receipts) {
    const bytes = readFixture(`receipts/${receipt.file}`);
    outcomes.set(
      receipt.file,
      await attachReceipt(test.db, files, FREELANCER, bytes, receipt.file, 'application/pdf', {
        sandbox,
      }),
    );
  }
});
afterAll(async () => {
  await sandbox.close();
  await test.drop();
});

const fitid = (transactionId: string) =>
  [...ids.entries()].find(([, id]) => id === transactionId)?.[0];

describe('attachReceipt on every receipts fixture', () => {
  for (const receipt of expected.receipts) {
    it(`${receipt.file}: ${receipt.error ?? receipt.kind}, matches [${receipt.matches.join(', ')}]`, () => {
      const outcome = outcomes.get(receipt.file);
      if (receipt.error && receipt.kind !== 'image_only') {
        expect(outcome).toMatchObject({
          kind: 'rejected',
          error: { code: ERROR_CODES[receipt.error] },
        });
        return;
      }
      if (receipt.kind === 'bank_statement') {
        expect(outcome?.kind).toBe('statement');
        return;
      }
      if (outcome?.kind !== 'receipt') throw new Error(`expected a receipt, got ${outcome?.kind}`);
      const matched = outcome.matchedTransactionIds.map(fitid);
      expect(matched.filter((id) => id && !id.includes('COMMISSION'))).toEqual(receipt.matches);
      for (const wrong of receipt.must_not_match) expect(matched).not.toContain(wrong);
      expect(outcome.noText).toBe(receipt.kind === 'image_only');
    });
  }
});

describe('what the fixtures leave behind', () => {
  it('files the October statement for October, on the checking account, and learns its IBAN', async () => {
    const outcome = outcomes.get('releve-compte-pro-2026-10.pdf');
    if (outcome?.kind !== 'statement') throw new Error('not filed');
    expect(outcome.filed).toMatchObject({ month: '2026-10', alreadyFiled: false });
    const account = await test.db.account.findUnique({
      where: { id: outcome.filed.accountId ?? '' },
    });
    expect(account).toMatchObject({
      externalRef: '00051234567',
      iban: 'FR7630003027150005123456738',
    });
  });

  it('stores nothing for a file that was refused', async () => {
    const names = (await test.db.receipt.findMany({ select: { fileName: true } })).map(
      (row) => row.fileName,
    );
    expect(names).not.toContain('ondine-box-octobre-2026-tronque.pdf');
    expect(names).not.toContain('pas-un-pdf.pdf');
    expect(names).toContain('scan-recu-taxi-sans-texte.pdf');
  });

  it('matches the scan of the taxi receipt once the user says 18,40, not the other taxi ride', async () => {
    const outcome = outcomes.get('scan-recu-taxi-sans-texte.pdf');
    if (outcome?.kind !== 'receipt') throw new Error('scan not stored');
    expect(outcome.decision?.outcome).toBe('unmatched');
    const answer = await matchStatedAmount(test.db, FREELANCER, {
      receiptId: outcome.receiptId,
      amountCents: 1840,
    });
    expect(answer.matchedTransactionIds.map(fitid)).toEqual(['V4821261106043']);
  });

  it('returns the stored receipt when the same file is sent twice', async () => {
    const again = await attachReceipt(
      test.db,
      files,
      FREELANCER,
      readFixture('receipts/ticket-brasserie-le-grand-souffleur.pdf'),
      'ticket.pdf',
      null,
      { sandbox },
    );
    expect(again).toMatchObject({ kind: 'receipt', alreadyKnown: true, decision: null });
    if (again.kind === 'receipt')
      expect(again.matchedTransactionIds.map(fitid)).toEqual(['V4821261016032']);
  });

  it('lists October without the matched receipts, the card debit and bank fees', async () => {
    const month = await listMissingReceipts(test.db, FREELANCER, '2026-10');
    const missing = month.missing.map((row) => fitid(row.transactionId));
    expect(missing).not.toContain('2026100141133');
    expect(missing).not.toContain('V4821261016032');
    expect(missing).not.toContain('2026103041280');
    expect(missing).toContain('2026100541140');
    expect(month.accountsWithoutStatement).toEqual([]);
    expect(month.complete).toBe(false);
  });
});
