import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, readFixture } from '../../../test/fixtures.ts';
import { decodeStatementBytes } from '../decode-bytes.ts';
import { csvParser } from './csv-parser.ts';
import { errorOf, parseCsvFixture, parsedOrThrow, summarize } from './test-support.ts';

interface ExpectedRow {
  readonly file: string;
  readonly variant: string;
  readonly accounts: number;
  readonly booked: number;
  readonly pending: number;
  readonly credits: number;
  readonly debits: number;
}

// One line per file of EXPECTED.md (accounts, booked / pending, credits, debits in cents).
const EXPECTED: readonly ExpectedRow[] = [
  row(
    'sample/pro-checking_2026-09_2026-11_societe-generale.csv',
    'societe-generale',
    1,
    62,
    0,
    2990400,
    -2024004,
  ),
  row(
    'csv/bnp_old-layout_no-header_html-entities.csv',
    'bnp-paribas-old',
    1,
    6,
    0,
    294000,
    -125114,
  ),
  row('csv/bnp_current-layout.csv', 'bnp-paribas', 1, 4, 0, 216000, -69199),
  row('csv/societe-generale.csv', 'societe-generale', 1, 6, 0, 215000, -108750),
  row(
    'csv/credit-agricole_preamble_multiline_card-section.csv',
    'credit-agricole',
    2,
    7,
    0,
    561000,
    -147949,
  ),
  row('csv/caisse-epargne-bpce_13-columns.csv', 'bpce', 1, 6, 0, 450000, -319011),
  row('csv/credit-mutuel_iso-8859-15.csv', 'credit-mutuel', 1, 5, 0, 290000, -8809),
  row('csv/la-banque-postale_euros-francs.csv', 'la-banque-postale', 1, 5, 0, 240000, -240790),
  row('csv/boursobank_two-accounts_bom.csv', 'boursobank', 2, 7, 0, 550000, -361699),
  row('csv/fortuneo_trailing-semicolon_one-decimal.csv', 'fortuneo', 1, 5, 0, 120050, -8210),
  row('csv/qonto_en_comma_utc.csv', 'qonto', 1, 4, 1, 120000, -70509),
  row('csv/qonto_fr_semicolon_utc.csv', 'qonto', 1, 3, 1, 240000, -30396),
  row('csv/shine_cp1252_ht-tva.csv', 'shine', 1, 4, 0, 216000, -13513),
  // The ATM fee is booked as its own line: 4 rows give 5 booked lines (EXPECTED allows either).
  row('csv/revolut_pending_fee.csv', 'revolut', 1, 5, 1, 50000, -11370),
  row(
    'csv/societe-generale_nbsp-thousands_cp1252.csv',
    'societe-generale',
    1,
    4,
    0,
    450000,
    -225990,
  ),
  row('csv/generic_nbsp-thousands_utf8.csv', 'generic-signed', 1, 4, 0, 1466000, -144999),
  row('csv/zero-zero_debit-credit-row.csv', 'generic-debit-credit', 1, 3, 0, 240000, -65999),
];

function row(
  file: string,
  variant: string,
  accounts: number,
  booked: number,
  pending: number,
  credits: number,
  debits: number,
): ExpectedRow {
  return { file, variant, accounts, booked, pending, credits, debits };
}

describe('csvParser gives the EXPECTED.md row of every CSV fixture', () => {
  it.each(EXPECTED)('$file', (expected) => {
    const statement = parsedOrThrow(parseCsvFixture(expected.file));

    expect(statement.format).toBe('csv');
    expect(statement.variant).toBe(expected.variant);
    expect(statement.accounts).toHaveLength(expected.accounts);
    expect(summarize(statement.accounts)).toEqual({
      booked: expected.booked,
      pending: expected.pending,
      credits: expected.credits,
      debits: expected.debits,
    });
  });

  it('covers every CSV fixture of the shared set', () => {
    const files = readdirSync(fixturePath('statements/csv')).map((name) => `csv/${name}`);
    const covered = [
      ...EXPECTED.map((expected) => expected.file),
      'csv/broken_credit-agricole_mangled-amount.csv',
    ];
    expect(files.sort()).toEqual(covered.filter((file) => file.startsWith('csv/')).sort());
  });

  it('rejects the mangled Crédit Agricole file at line 13, naming the value', () => {
    const error = errorOf(parseCsvFixture('csv/broken_credit-agricole_mangled-amount.csv'));

    // The edge (describeStatementError) writes "<file>, line 13: <message>".
    expect(error.code).toBe('BAD_AMOUNT');
    expect(error.line).toBe(13);
    expect(error.message).toBe(
      'Crédit Euros "2\ufffd160,00" is not a readable amount (not a number)',
    );
  });
});

describe('csvParser.sniff', () => {
  const sniffFixture = (relative: string) => {
    const decoded = decodeStatementBytes(readFixture(`statements/${relative}`));
    return csvParser.sniff(decoded.text, relative.split('/').pop() ?? relative);
  };

  it.each([
    ...EXPECTED.map((expected) => expected.file),
    'csv/broken_credit-agricole_mangled-amount.csv',
  ])('recognises %s as CSV', (file) => {
    expect(sniffFixture(file)).toBeGreaterThanOrEqual(60);
  });

  it('is surer of a bank preset than of a generic layout', () => {
    expect(sniffFixture('csv/societe-generale.csv')).toBeGreaterThan(
      sniffFixture('csv/generic_nbsp-thousands_utf8.csv'),
    );
  });

  it.each(['ofx', 'qif', 'camt', 'cfonb', 'mt940', 'pdf-text'])(
    'claims no %s fixture',
    (folder) => {
      const files = readdirSync(fixturePath(`statements/${folder}`));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(sniffFixture(`${folder}/${file}`), file).toBe(0);
    },
  );
});
