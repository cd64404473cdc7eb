import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, readFixture } from '../../../test/fixtures.ts';
import { foldForMatch } from '../../labels/fold-text.ts';
import type { ReceiptFields } from '../receipt-types.ts';
import { readExpectedReceipts, type ExpectedReceipt } from '../test-support/sample-books.ts';
import { createPdfSandbox } from './pdf-sandbox.ts';
import { readReceipt } from './read-receipt.ts';

const sandbox = createPdfSandbox();
afterAll(() => sandbox.close());
const owner = { names: ['Maëlle Fauconnet', 'MAELLE FAUCONNET'], ibans: [], vatNumbers: [] };
const expected = readExpectedReceipts(FIXTURES_DIR);

const cents = (text: string | null) => (text === null ? null : Math.round(Number(text) * 100));
const read = (file: string) =>
  readReceipt(
    { bytes: readFixture(`receipts/${file}`), fileName: file, mime: 'application/pdf' },
    { sandbox, owner },
  );

// The fixture names vendors descriptively ("Hôtel des Tisserands (SARL Hôtellerie des Tisserands)"):
// every word read must be one of them.
function sameVendor(got: string | null, wanted: string | null): boolean {
  if (got === null || wanted === null) return got === wanted;
  const words = new Set(foldForMatch(wanted).split(' '));
  return foldForMatch(got)
    .split(' ')
    .every((word) => words.has(word));
}

function vatByRate(fields: ReceiptFields) {
  return fields.vat
    .map((line) => ({ rate: line.rate, amount: line.amountCents }))
    .sort((a, b) => a.amount - b.amount);
}

function expectedVat(receipt: ExpectedReceipt) {
  return receipt.vat
    .map((line) => ({
      rate: /^\d/.test(line.rate) ? String(Number(line.rate.split(' ')[0])) : null,
      amount: cents(line.amount) ?? 0,
    }))
    .sort((a, b) => a.amount - b.amount);
}

describe('reading every receipts fixture', () => {
  for (const receipt of expected.receipts.filter(
    (item) => item.error === null && item.kind !== 'bank_statement',
  )) {
    it(`${receipt.file}: ${receipt.kind} ${receipt.number} of ${receipt.date}, ${receipt.total_ttc} ${receipt.currency}`, async () => {
      const result = await read(receipt.file);
      if (!result.ok || result.value.reading.kind !== 'document')
        throw new Error(`not read as a document: ${JSON.stringify(result)}`);
      const fields = result.value.reading.fields;
      expect({
        kind: fields.kind,
        number: fields.number,
        date: fields.issueDate,
        currency: fields.currency,
        ttc: fields.totalCents,
        ht: fields.netCents,
        vatNumber: fields.vendorVat,
        siren: fields.vendorSiren,
        profile: fields.facturxProfile,
      }).toEqual({
        kind: receipt.kind,
        number: receipt.number?.replace(/ \(.*\)$/, ''),
        date: receipt.date,
        currency: receipt.currency,
        ttc: cents(receipt.total_ttc),
        ht: cents(receipt.total_ht),
        vatNumber: receipt.vendor_vat,
        siren: receipt.vendor_siren,
        profile: receipt.facturx_profile,
      });
      expect(vatByRate(fields)).toEqual(expectedVat(receipt));
      expect(sameVendor(fields.vendor, receipt.vendor)).toBe(true);
      if (receipt.due_date) expect(fields.dueDate).toBe(receipt.due_date);
    });
  }

  it('takes the Factur-X XML over the decoy text of its page (not 123,45, not 0000-EXEMPLE)', async () => {
    const result = await read('facturx-basic-atelier-traboule-novembre-page-factice.pdf');
    expect(
      result.ok && result.value.reading.kind === 'document' && result.value.reading.fields,
    ).toMatchObject({
      source: 'facturx',
      totalCents: 29000,
      number: 'ATC-2026-11-0417',
      references: {
        creditorId: 'FR63ZZZ813579',
        mandateId: 'ATC-00417',
        accountIban: 'FR7630003027150005123456738',
      },
    });
  });

  it('keeps the amount left to pay beside the total (Net à payer 800,00 after a 400,00 deposit)', async () => {
    const result = await read('louis-perrachon-facture-112-net-a-payer.pdf');
    expect(
      result.ok && result.value.reading.kind === 'document' && result.value.reading.fields,
    ).toMatchObject({
      totalCents: 120000,
      amountDueCents: 80000,
      prepaidCents: 40000,
    });
  });

  it('recognises the bank statement PDF: bank, account, period and balances', async () => {
    const statement = expected.receipts.find(
      (item) => item.kind === 'bank_statement',
    ) as ExpectedReceipt & {
      statement: {
        bank: string;
        branch: string;
        account: string;
        iban: string;
        holder: string;
        period: [string, string];
        opening: string;
        closing: string;
      };
    };
    const result = await read(statement.file);
    expect(result.ok && result.value.reading).toMatchObject({
      kind: 'statement',
      statement: {
        bankCode: statement.statement.bank,
        branchCode: statement.statement.branch,
        accountNumber: statement.statement.account,
        iban: statement.statement.iban,
        holder: statement.statement.holder,
        periodFrom: statement.statement.period[0],
        periodTo: statement.statement.period[1],
        openingCents: cents(statement.statement.opening),
        closingCents: cents(statement.statement.closing),
        number: statement.number,
      },
    });
  });

  it('says plainly that a scan has no text, without guessing', async () => {
    const result = await read('scan-recu-taxi-sans-texte.pdf');
    expect(result).toMatchObject({
      ok: true,
      value: { reading: { kind: 'no_text', pageCount: 1 } },
    });
  });

  it('stores a photo as a receipt without text', async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
    const result = await readReceipt(
      { bytes: jpeg, fileName: 'IMG_2041.jpg', mime: 'image/jpeg' },
      { sandbox, owner },
    );
    expect(result).toMatchObject({
      ok: true,
      value: { mime: 'image/jpeg', reading: { kind: 'no_text', pageCount: null } },
    });
  });

  it('refuses the broken files with their reason', async () => {
    const codes = await Promise.all(
      [
        'ondine-box-octobre-2026-tronque.pdf',
        'vide.pdf',
        '300-pages-blanches.pdf',
        'pas-un-pdf.pdf',
      ].map(async (file) => {
        const result = await read(file);
        return result.ok ? 'read' : result.error.code;
      }),
    );
    expect(codes).toEqual(['CORRUPT_PDF', 'EMPTY_FILE', 'TOO_MANY_PAGES', 'UNSUPPORTED_TYPE']);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const result = await readReceipt(
      { bytes: new Uint8Array(2048).fill(0x25), fileName: 'big.pdf', mime: null },
      { sandbox, owner, maxBytes: 1024 },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
  });
});
