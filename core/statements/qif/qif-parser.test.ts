import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/fixtures.ts';
import { decodeStatementBytes } from '../decode-bytes.ts';
import type { ParsedStatement } from '../statement-types.ts';
import { qifParser } from './qif-parser.ts';

function parseBytes(bytes: Uint8Array, fileName: string) {
  return qifParser.parse({ fileName, decoded: decodeStatementBytes(bytes), bytes });
}

function statementOf(name: string): ParsedStatement {
  const result = parseBytes(readFixture(`statements/qif/${name}`), name);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

function totals(statement: ParsedStatement) {
  const rows = statement.accounts.flatMap((account) => account.transactions);
  const booked = rows.filter((row) => row.status === 'BOOKED').map((row) => row.amountCents);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    accounts: statement.accounts.length,
    booked: booked.length,
    pending: rows.length - booked.length,
    credits: sum(booked.filter((cents) => cents > 0)),
    debits: sum(booked.filter((cents) => cents < 0)),
  };
}

const rowsOf = (statement: ParsedStatement) => statement.accounts.flatMap((a) => a.transactions);

const DAY_FIRST = 'qif_dayfirst-fr_comma-decimals.qif';
const DOTTED_MDY = 'qif_dotted-dates_mdy-option_opening-balance.qif';
const QUICKEN = 'qif_quicken_apostrophe-year_thousands_split.qif';

describe('qifParser on every fixture', () => {
  it.each([
    [DAY_FIRST, 1, 6, 0, 240000, -216899],
    [DOTTED_MDY, 1, 4, 0, 240000, -25451],
    [QUICKEN, 1, 4, 0, 360000, -546200],
  ])(
    '%s gives %i account(s), %i booked / %i pending, credits %i, debits %i',
    (file, accounts, booked, pending, credits, debits) => {
      const statement = statementOf(file);
      expect(statement.format).toBe('qif');
      expect(totals(statement)).toEqual({ accounts, booked, pending, credits, debits });
      expect(rowsOf(statement).every((row) => row.providerId === null)).toBe(true);
    },
  );

  it('sniffs the three fixtures as QIF', () => {
    for (const file of [DAY_FIRST, DOTTED_MDY, QUICKEN]) {
      const text = decodeStatementBytes(readFixture(`statements/qif/${file}`)).text;
      expect(qifParser.sniff(text, file), file).toBeGreaterThanOrEqual(90);
    }
    expect(qifParser.sniff('OFXHEADER:100\n<OFX>', 'x.ofx')).toBe(0);
  });
});

describe('French day-first QIF with comma decimals', () => {
  const statement = statementOf(DAY_FIRST);
  const rows = rowsOf(statement);

  it('reads 03/09, 07/09 and 11/09 as September because 15/09 only reads day-first', () => {
    expect(rows.map((row) => row.bookingDate)).toEqual([
      '2026-09-03',
      '2026-09-07',
      '2026-09-11',
      '2026-09-15',
      '2026-09-22',
      '2026-09-28',
    ]);
    expect(statement.variant).toBe('qif-dmy');
  });

  it('reads space thousands "-1 184,00" and "2 400,00"', () => {
    expect(rows[4]?.amountCents).toBe(-118400);
    expect(rows[3]?.amountCents).toBe(240000);
  });

  it('decodes the cp1252 payee "URSSAF RHÔNE-ALPES" and keeps the category as a hint', () => {
    expect(rows[1]).toMatchObject({
      label: 'URSSAF RHÔNE-ALPES',
      counterparty: 'URSSAF RHÔNE-ALPES',
      memo: 'Cotisations septembre',
      hints: { bankCategory: 'Cotisations' },
    });
    expect(rows[5]?.memo).toBe('Chèque');
  });
});

describe('FinanceManager-style QIF with !Option:MDY and an opening balance', () => {
  const statement = statementOf(DOTTED_MDY);
  const [account] = statement.accounts;
  const rows = rowsOf(statement);

  it('names the one account from its !Account blocks', () => {
    expect(account).toMatchObject({
      name: 'Compte Pro Société Générale',
      kind: 'CHECKING',
      ref: null,
    });
  });

  it('makes "Solde d\'ouverture" +2 500,00 on 01/09/2026 the opening balance, not income', () => {
    expect(account?.balances).toEqual([
      { kind: 'OPENING', date: '2026-09-01', amountCents: 250000, currency: 'EUR' },
    ]);
    expect(rows.some((row) => row.amountCents === 250000)).toBe(false);
  });

  it('reads dotted dates month-first: 14/09, 02/10, 16/10, 03/11/2026', () => {
    expect(rows.map((row) => row.bookingDate)).toEqual([
      '2026-09-14',
      '2026-10-02',
      '2026-10-16',
      '2026-11-03',
    ]);
  });

  it('makes the 02/10 split one -168,50 transaction with lines -74,50 and -94,00', () => {
    const split = rows.find((row) => row.bookingDate === '2026-10-02');
    expect(split?.amountCents).toBe(-16850);
    expect(split?.splits).toEqual([
      { amountCents: -7450, category: 'Frais:Déplacements', memo: 'Train' },
      { amountCents: -9400, category: 'Frais:Déplacements', memo: 'Hôtel des Tisserands' },
    ]);
  });

  it('does not import the !Type:Memorized template', () => {
    expect(rows.filter((row) => row.label === 'Adobe')).toHaveLength(1);
  });
});

describe('Quicken US QIF with apostrophe years and comma thousands', () => {
  const rows = rowsOf(statementOf(QUICKEN));

  it('reads "D9/ 4\'26" as 4 September 2026, keeping the file order', () => {
    expect(rows.map((row) => row.bookingDate)).toEqual([
      '2026-09-04',
      '2026-09-30',
      '2026-09-02',
      '2026-10-01',
    ]);
  });

  it('reads "-1,250.00" as -1 250,00', () => {
    expect(rows[0]?.amountCents).toBe(-125000);
  });

  it('makes the --Split-- row one -3 600,00 transaction with a line to [Livret Pro]', () => {
    expect(rows[2]).toMatchObject({ amountCents: -360000, label: 'Virement interne', hints: {} });
    expect(rows[2]?.splits).toEqual([
      { amountCents: -300000, category: '[Livret Pro]', memo: 'Réserve TVA' },
      { amountCents: -60000, category: 'Cotisations', memo: 'Provision URSSAF' },
    ]);
  });
});
