import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { FIXTURES_DIR, readFixture } from '../../../test/fixtures.ts';
import { exportCommand } from '../../../cli/commands/export-command.ts';
import { loadConfig } from '../../config/env.ts';
import { createFolderFileStore, type FileStore } from '../../files/file-store.ts';
import { categoriseTransactions } from '../../ledger/categorise-transactions.ts';
import { silentLogger } from '../../logging/logger.ts';
import { attachReceipt } from '../../receipts/attach-receipt.ts';
import { createPdfSandbox, type PdfSandbox } from '../../receipts/extract/pdf-sandbox.ts';
import { importSampleBooks } from '../../receipts/test-support/sample-books.ts';
import { exportBooks } from './export-books.ts';
import { exportPeriod } from './export-period.ts';
import { journalEntries } from './journal-entries.ts';
import { totals2035 } from './totals-2035.ts';

const FREELANCER = 'maelle-books';
const RECEIPTS = [
  'cabinet-rochefort-honoraires-2026-0917.pdf',
  'ticket-brasserie-le-grand-souffleur.pdf',
  'releve-compte-pro-2026-10.pdf',
  'facture-emise-F2026-033-nordlicht.pdf',
];
const ROCHEFORT_PIECE = '2026-10-14_420,00_cabinet-rochefort-expertise-sarl.pdf';

let test: TestDatabase;
let dataDir: string;
let files: FileStore;
let sandbox: PdfSandbox;

beforeAll(async () => {
  test = await createTestDatabase();
  dataDir = mkdtempSync(path.join(tmpdir(), 'pointage-books-'));
  files = createFolderFileStore(path.join(dataDir, 'files'));
  sandbox = createPdfSandbox();
  await importSampleBooks(test.db, FIXTURES_DIR, FREELANCER);
  await categoriseTransactions(test.db, { freelancerId: FREELANCER }, { threshold: 70 });
  for (const name of RECEIPTS) {
    await attachReceipt(
      test.db,
      files,
      FREELANCER,
      readFixture(`receipts/${name}`),
      name,
      'application/pdf',
      { sandbox },
    );
  }
});
afterAll(async () => {
  await sandbox.close();
  await test.drop();
});

function parseCsv(bytes: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith('\ufeff')).toBe(true);
  return text
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(';'));
}

const euros = (text: string) =>
  text === '' ? 0 : Math.round(Number(text.replace(',', '.')) * 100);

describe('livre-journal exports', () => {
  it('writes the month as semicolon CSV with French decimals, its party, nature, means and pièce', async () => {
    const result = await exportBooks(test.db, files, FREELANCER, '2026-10', 'csv');
    const [header, ...rows] = parseCsv(result.bytes);
    expect(header).toEqual([
      'Date',
      'Pièce',
      'Client / fournisseur',
      'Libellé',
      'Nature',
      'Ligne 2035',
      'Mode de règlement',
      'Compte',
      'Recette',
      'Dépense',
      'Hors recettes et dépenses',
      'À classer',
      'À confirmer',
    ]);
    expect(rows).toHaveLength(result.entries);

    const rochefort = rows.find((row) => row[1] === ROCHEFORT_PIECE);
    expect(rochefort?.slice(0, 3)).toEqual([
      '14/10/2026',
      ROCHEFORT_PIECE,
      'Cabinet Rochefort Expertise SARL',
    ]);
    expect(rochefort?.[6]).toBe('Virement');
    expect(rochefort?.[9]).toBe('420,00');
    const entries = await journalEntries(test.db, FREELANCER, exportPeriod('2026-10'));
    const totals = totals2035(entries);
    const column = (index: number) => rows.reduce((sum, row) => sum + euros(row[index] ?? ''), 0);
    expect(column(8)).toBe(totals.totalRecettesCents);
    expect(column(9)).toBe(totals.totalDepensesCents);
    const cardDebit = rows.find((row) => row[4] === 'Débit différé carte (virement interne)');
    expect(cardDebit?.slice(8, 12)).toEqual(['', '', '-566,21', '']);
  });

  it('keeps the deferred card debit and the transfer to the personal account out of the year totals', async () => {
    const entries = await journalEntries(test.db, FREELANCER, {
      from: '2026-01-01' as never,
      to: '2026-12-31' as never,
    });
    const totals = totals2035(entries);
    const natures = totals.outside.map((item) => item.nature);
    expect(natures).toContain('Débit différé carte (virement interne)');
    expect(natures).toContain('Prélèvement personnel');
    const spent = entries
      .filter((entry) => entry.column === 'depense')
      .reduce((sum, entry) => sum - entry.amountCents, 0);
    expect(totals.totalDepensesCents).toBe(spent);
    const received = entries
      .filter((entry) => entry.column === 'recette')
      .reduce((sum, entry) => sum + entry.amountCents, 0);
    expect(totals.totalRecettesCents).toBe(received);
    expect(totals.resultCents).toBe(received - spent);
  });

  it('writes a spreadsheet with typed dates and amounts, and the 2035 totals of the year', async () => {
    const result = await exportBooks(test.db, files, FREELANCER, '2026', 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(result.bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Livre-journal',
      'Totaux 2035',
    ]);
    const journal = workbook.getWorksheet('Livre-journal');
    expect(journal?.rowCount).toBe(result.entries + 1);
    const rochefort = journal
      ?.getRows(2, result.entries)
      ?.find((row) => row.getCell(2).value === ROCHEFORT_PIECE);
    expect(rochefort?.getCell(1).value).toEqual(new Date('2026-10-14T00:00:00Z'));
    expect(rochefort?.getCell(10).value).toBe(420);

    const totals = workbook.getWorksheet('Totaux 2035');
    const labels = totals
      ?.getColumn(2)
      .values.filter((value): value is string => typeof value === 'string');
    expect(labels).toContain('Total des dépenses');
    expect(labels).toContain('Débit différé carte (virement interne)');
  });

  it('archives the month: books, the filed statement, justificatifs named date_montant_vendor, what is missing', async () => {
    const result = await exportBooks(test.db, files, FREELANCER, '2026-10', 'zip');
    const zip = await JSZip.loadAsync(result.bytes);
    const names = Object.keys(zip.files)
      .filter((name) => !zip.files[name]?.dir)
      .sort();
    expect(names).toEqual(
      [
        'LISEZ-MOI.txt',
        'justificatifs-manquants.csv',
        `justificatifs/${ROCHEFORT_PIECE}`,
        'justificatifs/2026-10-07_4200,00_nordlicht-design-gmbh.pdf',
        'justificatifs/2026-10-16_92,00_brasserie-le-grand-souffleur.pdf',
        'livre-journal_2026-10.csv',
        'livre-journal_2026-10.xlsx',
        'releves/releve-compte-pro-2026-10.pdf',
      ].sort(),
    );
    const statement = await zip.file('releves/releve-compte-pro-2026-10.pdf')?.async('uint8array');
    expect(
      Buffer.from(statement ?? []).equals(
        Buffer.from(readFixture('receipts/releve-compte-pro-2026-10.pdf')),
      ),
    ).toBe(true);
    const missing = parseCsv(
      (await zip.file('justificatifs-manquants.csv')?.async('uint8array')) ?? new Uint8Array(),
    );
    expect(missing.length).toBeGreaterThan(1);
    expect(missing.some((row) => row[2]?.includes('ROCHEFORT'))).toBe(false);
  });

  it('refuses an archive for a whole year and a period that is not one', async () => {
    await expect(exportBooks(test.db, files, FREELANCER, '2026', 'zip')).rejects.toMatchObject({
      code: 'ARCHIVE_NEEDS_MONTH',
    });
    await expect(exportBooks(test.db, files, FREELANCER, '2026-13', 'csv')).rejects.toMatchObject({
      code: 'INVALID_PERIOD',
    });
  });

  it('pointage export writes the file asked for', async () => {
    const config = loadConfig({
      DATABASE_URL: test.url,
      POINTAGE_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
    });
    const out = path.join(dataDir, 'octobre.zip');
    const message = await exportCommand(config, silentLogger, {
      freelancer: FREELANCER,
      month: '2026-10',
      format: 'zip',
      out,
    });
    expect(message).toContain(out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(zip.file(`justificatifs/${ROCHEFORT_PIECE}`)).not.toBeNull();
    await expect(
      exportCommand(config, silentLogger, { freelancer: FREELANCER, format: 'csv' }),
    ).rejects.toThrow('--month');
  });
});
