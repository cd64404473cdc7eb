import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/fixtures.ts';
import { decodeStatementBytes } from '../decode-bytes.ts';
import type { ParsedStatement } from '../statement-types.ts';
import { ofxParser } from './ofx-parser.ts';

/** One `it` per quirk listed in EXPECTED.md for the `ofx/` fixtures. */

function statementOf(name: string): ParsedStatement {
  const bytes = readFixture(`statements/ofx/${name}`);
  const result = ofxParser.parse({ fileName: name, decoded: decodeStatementBytes(bytes), bytes });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

function rowsOf(statement: ParsedStatement) {
  return statement.accounts.flatMap((account) => account.transactions);
}

function rowOf(statement: ParsedStatement, fitid: string) {
  const row = rowsOf(statement).find((candidate) => candidate.providerId === fitid);
  if (!row) throw new Error(`no row with FITID ${fitid}`);
  return row;
}

const C1_OR_REPLACEMENT = /[\u0080-\u009f\ufffd]/;

describe('B17 mixed closed and unclosed tags, "+" credits, card lines', () => {
  const statement = statementOf('ofx102_mixed-tags_plus-credits.ofx');

  it('reads BANKID and ACCTID closed with </BANKID> and the LEDGERBAL 3124,67', () => {
    expect(statement.accounts[0]).toMatchObject({ bankId: '16807', ref: '42719830561' });
    expect(statement.accounts[0]?.balances[0]).toMatchObject({
      kind: 'CLOSING',
      amountCents: 312467,
    });
  });

  it('reads TRNAMT "+2400.00" as +2 400,00', () => {
    expect(rowOf(statement, '202601000030K7').amountCents).toBe(240000);
  });

  it('takes -13,96 for FIGMA and not the comma figures of its MEMO, keeping NAME and MEMO', () => {
    const figma = rowOf(statement, '202601000028K7');
    expect(figma.amountCents).toBe(-1396);
    expect(figma.rawLabel).toBe(
      '231026 CB****4821 | FIGMA MONTHLY  US SAN FRANCI 15,00USD 1 EURO = 1,074500',
    );
    expect(figma.label).toBe('FIGMA MONTHLY  US SAN FRANCI 15,00USD 1 EURO = 1,074500');
    expect(figma.operationDate).toBe('2026-10-23');
    expect(figma.bookingDate).toBe('2026-10-26');
  });

  it('keeps the cut NAME "REMISE DE    3 CHQ BORDEREAU(" with no MEMO', () => {
    const remise = rowOf(statement, '202601000026K7');
    expect(remise).toMatchObject({ amountCents: 9150, label: 'REMISE DE    3 CHQ BORDEREAU(' });
    expect(remise.memo).toBeNull();
  });
});

describe('B18 padded amounts with mixed decimal marks', () => {
  it('reads -13,40; -150,00; +1 250,50; -7,50 in file order', () => {
    const statement = statementOf('ofx102_padded-mixed-decimal-marks.ofx');
    expect(rowsOf(statement).map((row) => row.amountCents)).toEqual([-1340, -15000, 125050, -750]);
  });
});

describe('encodings', () => {
  it('B15 decodes cp1252 bytes for €, —, ’ and œ without C1 controls', () => {
    const statement = statementOf('ofx102_charset1252_cp1252-bytes.ofx');
    const [first, second] = rowsOf(statement);
    expect(first?.label).toBe('Librairie des Écrivains — Lyon 2e');
    expect(first?.memo).toBe('Remise fidélité 5 € déduite');
    expect(second?.label).toBe('Atelier d’œnologie Vaise');
    for (const row of rowsOf(statement)) expect(row.rawLabel).not.toMatch(C1_OR_REPLACEMENT);
  });

  it('B16 trusts UTF-8 bytes under a CHARSET:1252 header and says so', () => {
    const statement = statementOf('ofx102_header1252_body-utf8.ofx');
    const [first, second] = rowsOf(statement);
    expect(statement.encoding).toBe('utf-8');
    expect(first?.label).toBe('VIR SEPA ESTUDIO ÁGORA SL');
    expect(second?.label).toBe('CARTE 03/10 CAFÉ DES ÉCRIVAINS');
    for (const row of rowsOf(statement)) expect(row.rawLabel).not.toContain('Ã');
    expect(statement.notices.map((notice) => notice.message).join()).toContain('CHARSET 1252');
  });

  it('reads the latin-1 QFX in Canadian dollars, not euros', () => {
    const statement = statementOf('qfx102_charset8859-1_cad.qfx');
    const [first, second] = rowsOf(statement);
    expect(statement.variant).toBe('qfx-1.02');
    expect(statement.accounts[0]?.currency).toBe('CAD');
    expect(first).toMatchObject({ amountCents: -3500, currency: 'CAD' });
    expect(first?.label).toBe('Cotisation Société des designers québécois');
    expect(second).toMatchObject({ amountCents: 185000, currency: 'CAD' });
    expect(second?.label).toBe('Virement reçu Studio Érable Montréal');
  });
});

describe('B19 OFX 2.1.1 XML', () => {
  const statement = statementOf('ofx211_xml_five-decimals_utc-times.ofx');

  it('reads "-9.50000" as -9,50 and decodes &amp; in the MEMO', () => {
    expect(rowOf(statement, 'X211-0001')).toMatchObject({
      amountCents: -950,
      memo: 'Plan Plus & add-on',
    });
  });

  it('dates 22:15 UTC on 15/10 to 16/10 in Paris and reads NAME from CDATA', () => {
    expect(rowOf(statement, 'X211-0002')).toMatchObject({
      bookingDate: '2026-10-16',
      label: 'UBER *TRIP',
      memo: 'Trajet Paris 15 > gare de Lyon',
    });
  });

  it('books 23:30 UTC on 31/10 in November, the Paris month', () => {
    expect(rowOf(statement, 'X211-0004').bookingDate).toBe('2026-11-01');
  });
});

describe('statements with several or odd accounts', () => {
  it('reads a credit-card statement with no </BANKTRANLIST> and its LEDGERBAL -73,73', () => {
    const [account] = statementOf('ofx102_creditcard_tz-suffix_no-banktranlist-close.ofx').accounts;
    expect(account?.kind).toBe('DEFERRED_CARD');
    expect(account?.ref?.endsWith('7305')).toBe(true);
    expect(account?.transactions).toHaveLength(5);
    expect(account?.balances).toEqual([
      { kind: 'CLOSING', date: '2026-11-20', amountCents: -7373, currency: 'EUR' },
    ]);
  });

  it('keeps both rows sharing FITID TRF-2611-0002 in two accounts', () => {
    const [checking, savings] = statementOf('ofx102_two-accounts_shared-fitid.ofx').accounts;
    expect(checking).toMatchObject({ ref: '00051234567', kind: 'CHECKING' });
    expect(savings).toMatchObject({ ref: '00051234599', kind: 'SAVINGS' });
    expect(checking?.transactions).toHaveLength(3);
    expect(savings?.transactions).toHaveLength(2);
    const shared = (account: typeof checking) =>
      account?.transactions.find((row) => row.providerId === 'TRF-2611-0002')?.amountCents;
    expect([shared(checking), shared(savings)]).toEqual([-300000, 300000]);
  });

  it('reads integer balances of two accounts with no BANKTRANLIST', () => {
    const statement = statementOf('ofx211_two-accounts_balances-only.ofx');
    expect(
      statement.accounts.map((account) => [account.ref, account.kind, account.balances]),
    ).toEqual([
      [
        '00058813402',
        'CHECKING',
        [{ kind: 'CLOSING', date: '2026-11-30', amountCents: 412000, currency: 'EUR' }],
      ],
      [
        '00058813410',
        'SAVINGS',
        [{ kind: 'CLOSING', date: '2026-11-30', amountCents: 1500000, currency: 'EUR' }],
      ],
    ]);
  });

  it('leaves an empty ACCTID as no ref and an empty BALAMT as no balance, with notices', () => {
    const statement = statementOf('ofx102_empty-elements_no-transactions.ofx');
    const [account] = statement.accounts;
    expect(account).toMatchObject({ ref: null, bankId: '16807', kind: 'SAVINGS', balances: [] });
    const messages = statement.notices.map((notice) => notice.message).join('\n');
    expect(messages).toContain('ACCTID is empty');
    expect(messages).toContain('empty BALAMT');
  });

  it('reads a one-line body after 12 blank lines, labelling the nameless row from its MEMO', () => {
    const statement = statementOf('ofx102_one-line_empty-tags.ofx');
    const [first, second] = rowsOf(statement);
    expect(first).toMatchObject({
      providerId: null,
      bookingDate: '2026-10-12',
      amountCents: 64000,
      label: 'VIR INST CENTRE D ORTHOPTIE DES BROTTEAUX',
    });
    expect(second).toMatchObject({
      providerId: 'NEOB-5571',
      label: 'FREE MOBILE',
      amountCents: -1999,
    });
    expect(statement.accounts[0]).toMatchObject({ currency: 'EUR', balances: [] });
    expect(statement.notices.map((notice) => notice.message)).toContain(
      'CURDEF is empty: EUR assumed',
    );
  });
});
