import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/fixtures.ts';
import { decodeStatementBytes } from '../decode-bytes.ts';
import type { ParsedAccount, ParsedStatement, StatementError } from '../statement-types.ts';
import { ofxParser } from './ofx-parser.ts';

function parseFixture(relative: string) {
  const bytes = readFixture(`statements/${relative}`);
  const fileName = relative.split('/').pop() ?? relative;
  return ofxParser.parse({ fileName, decoded: decodeStatementBytes(bytes), bytes });
}

function statementOf(relative: string): ParsedStatement {
  const result = parseFixture(relative);
  if (!result.ok) throw new Error(`${relative}: ${result.error.message}`);
  return result.value;
}

function errorOf(relative: string): StatementError {
  const result = parseFixture(relative);
  if (result.ok) throw new Error(`${relative} parsed but must be rejected`);
  return result.error;
}

function totals(accounts: readonly ParsedAccount[]) {
  const rows = accounts.flatMap((account) => account.transactions);
  const booked = rows.filter((row) => row.status === 'BOOKED');
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    accounts: accounts.length,
    booked: booked.length,
    pending: rows.length - booked.length,
    credits: sum(booked.map((row) => row.amountCents).filter((cents) => cents > 0)),
    debits: sum(booked.map((row) => row.amountCents).filter((cents) => cents < 0)),
  };
}

function rowOf(statement: ParsedStatement, fitid: string) {
  const rows = statement.accounts.flatMap((account) => account.transactions);
  const row = rows.find((candidate) => candidate.providerId === fitid);
  if (!row) throw new Error(`no row with FITID ${fitid}`);
  return row;
}

// The EXPECTED.md row of every readable OFX fixture: accounts, booked, pending, credits, debits.
const EXPECTED_TOTALS: readonly [string, number, number, number, number, number][] = [
  ['sample/pro-checking_2026-09_2026-11.ofx', 1, 62, 0, 2990400, -2024004],
  ['sample/visa-business-4821_2026-09_2026-11.ofx', 1, 56, 0, 8100, -205633],
  ['ofx/ofx102_mixed-tags_plus-credits.ofx', 1, 8, 0, 249150, -75168],
  ['ofx/ofx102_padded-mixed-decimal-marks.ofx', 1, 4, 0, 125050, -17090],
  ['ofx/ofx102_charset1252_cp1252-bytes.ofx', 1, 4, 0, 150000, -5790],
  ['ofx/qfx102_charset8859-1_cad.qfx', 1, 2, 0, 185000, -3500],
  ['ofx/ofx102_header1252_body-utf8.ofx', 1, 3, 0, 180000, -10089],
  ['ofx/ofx211_xml_five-decimals_utc-times.ofx', 1, 4, 0, 120000, -6579],
  ['ofx/ofx102_creditcard_tz-suffix_no-banktranlist-close.ofx', 1, 5, 0, 8100, -15473],
  ['ofx/ofx102_two-accounts_shared-fitid.ofx', 2, 5, 0, 540412, -301490],
  ['ofx/ofx211_two-accounts_balances-only.ofx', 2, 0, 0, 0, 0],
  ['ofx/ofx102_empty-elements_no-transactions.ofx', 1, 0, 0, 0, 0],
  ['ofx/ofx102_one-line_empty-tags.ofx', 1, 2, 0, 64000, -1999],
];

describe('ofxParser on every fixture', () => {
  it.each(EXPECTED_TOTALS)(
    '%s gives %i account(s), %i booked / %i pending, credits %i, debits %i',
    (file, accounts, booked, pending, credits, debits) => {
      const statement = statementOf(file);
      expect(statement.format).toBe('ofx');
      expect(totals(statement.accounts)).toEqual({ accounts, booked, pending, credits, debits });
    },
  );

  it('sniffs every OFX and QFX fixture as OFX, the headerless one included', () => {
    for (const [file] of EXPECTED_TOTALS) {
      const text = decodeStatementBytes(readFixture(`statements/${file}`)).text;
      expect(ofxParser.sniff(text, file), file).toBeGreaterThanOrEqual(90);
    }
    const broken = 'ofx/broken_no-header_bad-date_bad-amount.ofx';
    const text = decodeStatementBytes(readFixture(`statements/${broken}`)).text;
    expect(ofxParser.sniff(text, broken)).toBeGreaterThanOrEqual(90);
    expect(ofxParser.sniff('Date;Libellé;Montant\n01/11/2026;X;1,00\n', 'releve.csv')).toBe(0);
  });
});

describe('rejected OFX files', () => {
  it('rejects the file at line 43 for DTPOSTED 202611310000, naming TRNAMT -1O5,00 on 44', () => {
    const error = errorOf('ofx/broken_no-header_bad-date_bad-amount.ofx');
    expect(error.code).toBe('BAD_DATE');
    expect(error.line).toBe(43);
    expect(error.message).toContain('202611310000');
    expect(error.message).toContain('line 44');
    expect(error.message).toContain('-1O5,00');
  });

  it('rejects a download cut inside the second STMTTRN at line 51, never reading -28', () => {
    const error = errorOf('ofx/broken_truncated-download.ofx');
    expect(error.code).toBe('TRUNCATED');
    expect(error.line).toBe(51);
    expect(error.message).toContain('STMTTRN');
    expect(error.message).toContain('line 48');
  });
});

describe('sample freelancer OFX files', () => {
  const checking = statementOf('sample/pro-checking_2026-09_2026-11.ofx');
  const card = statementOf('sample/visa-business-4821_2026-09_2026-11.ofx');

  it('reads account 30003 / 00051234567 whose LEDGERBAL is the opening plus the net', () => {
    const [account] = checking.accounts;
    expect(account).toMatchObject({ bankId: '30003', ref: '00051234567', kind: 'CHECKING' });
    expect(account?.currency).toBe('EUR');
    const net = 2990400 - 2024004;
    expect(account?.balances).toContainEqual({
      kind: 'CLOSING',
      date: '2026-11-30',
      amountCents: 487025 + net,
      currency: 'EUR',
    });
    expect(account?.balances.find((balance) => balance.kind === 'AVAILABLE')?.amountCents).toBe(
      1453421,
    );
  });

  it('decodes the cp1252 en dash and accents of FITID 2026090141000', () => {
    const row = rowOf(checking, '2026090141000');
    expect(row.bookingDate).toBe('2026-09-01');
    expect(row.amountCents).toBe(360000);
    expect(row.memo).toBe('Factures F2026-029 et F2026-030 – maquettes écrans REF GT-2026-0871');
    expect(checking.encoding).toBe('windows-1252');
  });

  it('keeps the three FACTURE CARTE debits of the deferred card on the checking account', () => {
    const invoices = checking.accounts[0]?.transactions.filter((row) =>
      row.label.startsWith('FACTURE CARTE DU'),
    );
    expect(invoices?.map((row) => [row.bookingDate, row.amountCents])).toEqual([
      ['2026-09-30', -65007],
      ['2026-10-30', -56621],
      ['2026-11-30', -58895],
    ]);
  });

  it('reads the card statement as a deferred-debit account XXXXXXXXXXXX4821', () => {
    const [account] = card.accounts;
    expect(account).toMatchObject({ ref: 'XXXXXXXXXXXX4821', kind: 'DEFERRED_CARD' });
    expect(account?.balances).toEqual([
      { kind: 'CLOSING', date: '2026-11-30', amountCents: -17010, currency: 'EUR' },
    ]);
  });

  it('sums each card cut-off window to the FACTURE CARTE debit of the checking account', () => {
    const rows = card.accounts[0]?.transactions ?? [];
    const windowSum = (from: string, to: string) =>
      rows
        .filter((row) => row.bookingDate >= from && row.bookingDate <= to)
        .reduce((total, row) => total + row.amountCents, 0);
    expect(windowSum('2026-08-26', '2026-09-25')).toBe(-65007);
    expect(windowSum('2026-09-26', '2026-10-25')).toBe(-56621);
    expect(windowSum('2026-10-26', '2026-11-25')).toBe(-58895);
    expect(windowSum('2026-11-26', '2026-11-30')).toBe(-17010);
    expect(rows.filter((row) => row.bookingDate >= '2026-11-26')).toHaveLength(3);
  });

  it('keeps both 3,50 coffees V4821260911010 and V4821260911011 with their card date', () => {
    for (const fitid of ['V4821260911010', 'V4821260911011']) {
      expect(rowOf(card, fitid)).toMatchObject({
        bookingDate: '2026-09-11',
        operationDate: '2026-09-10',
        amountCents: -350,
        label: 'CAFE DU PASSAGE LYON',
      });
    }
  });
});
