import { afterAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/fixtures.ts';
import {
  decompressionBombPdf,
  nestedFormsPdf,
  passwordProtectedPdf,
} from '../test-support/hostile-pdfs.ts';
import { textPdf } from '../test-support/make-pdf.ts';
import { createPdfSandbox } from './pdf-sandbox.ts';

const sandbox = createPdfSandbox({
  timeoutMs: 2_500,
  limits: { maxPages: 10, maxInflatedBytes: 8 * 1024 * 1024 },
});
afterAll(() => sandbox.close());

describe('the PDF sandbox', () => {
  it('reads the text of each page', async () => {
    const result = await sandbox.read(textPdf(['Facture N° 12', 'Total TTC 12,50 €']));
    expect(result).toMatchObject({
      ok: true,
      content: { pageCount: 1, pages: ['Facture N° 12\nTotal TTC 12,50 €'] },
    });
  });

  it('refuses a PDF that needs a password', async () => {
    expect(await sandbox.read(passwordProtectedPdf())).toMatchObject({
      ok: false,
      code: 'ENCRYPTED_PDF',
    });
  });

  it('stops a decompression bomb before pdf.js expands it', async () => {
    const started = Date.now();
    expect(await sandbox.read(decompressionBombPdf(64))).toMatchObject({
      ok: false,
      code: 'PDF_BOMB',
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('answers TIMEOUT for a page that would take forever, then reads the next file', async () => {
    const started = Date.now();
    expect(await sandbox.read(nestedFormsPdf())).toMatchObject({ ok: false, code: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(await sandbox.read(textPdf(['Encore là']))).toMatchObject({
      ok: true,
      content: { pages: ['Encore là'] },
    });
  });

  it('refuses a document of more pages than the limit without reading them all', async () => {
    expect(await sandbox.read(readFixture('receipts/300-pages-blanches.pdf'))).toMatchObject({
      ok: false,
      code: 'TOO_MANY_PAGES',
      detail: '300 pages; at most 10 are read',
    });
  });

  it('reports a truncated, an empty and a non-PDF file as corrupt', async () => {
    for (const name of ['ondine-box-octobre-2026-tronque.pdf', 'vide.pdf', 'pas-un-pdf.pdf']) {
      expect(await sandbox.read(readFixture(`receipts/${name}`))).toMatchObject({
        ok: false,
        code: 'CORRUPT_PDF',
      });
    }
  });

  it('survives a worker that runs out of memory', async () => {
    const starved = createPdfSandbox({ maxHeapMb: 8, timeoutMs: 5_000 });
    const result = await starved.read(readFixture('receipts/releve-compte-pro-2026-10.pdf'));
    await starved.close();
    expect(result).toMatchObject({ ok: false, code: 'PARSER_CRASHED' });
  });
});
