import { describe, expect, it } from 'vitest';

import { readFixture } from '../../../test/fixtures.ts';
import { decodeStatementBytes } from '../decode-bytes.ts';
import type { ParsedStatement } from '../statement-types.ts';
import { mt940Parser } from './mt940-parser.ts';

function parseFixture(name: string): ParsedStatement {
  const bytes = readFixture(`statements/mt940/${name}`);
  const result = mt940Parser.parse({ fileName: name, decoded: decodeStatementBytes(bytes), bytes });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

function summarise(statement: ParsedStatement) {
  const amounts = statement.accounts.flatMap((account) =>
    account.transactions.filter((row) => row.status === 'BOOKED').map((row) => row.amountCents),
  );
  const total = (values: number[]) => values.reduce((sum, cents) => sum + cents, 0);
  return {
    accounts: statement.accounts.length,
    booked: amounts.length,
    credits: total(amounts.filter((cents) => cents > 0)),
    debits: total(amounts.filter((cents) => cents < 0)),
  };
}

describe('MT940 across the year boundary, with an RD reversal (B24)', () => {
  const statement = parseFixture('mt940_year-boundary_rd-reversal_multiline-86.sta');
  const [account] = statement.accounts;
  const rows = account?.transactions ?? [];

  it('gives one account with 6 rows and the expected sums', () => {
    expect(summarise(statement)).toEqual({
      accounts: 1,
      booked: 6,
      credits: 316200,
      debits: -71590,
    });
    expect(account).toMatchObject({ ref: '00051234567', bankId: '30003', currency: 'EUR' });
    expect(statement.variant).toBe('mt940-swift');
  });

  it('books the cheque of value 02/01/2027 with entry date 12-31 on 31/12/2026', () => {
    expect(rows.map((row) => row.bookingDate)).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-04',
      '2027-01-04',
    ]);
    expect(rows[3]).toMatchObject({ valueDate: '2027-01-02', amountCents: 15000 });
  });

  it('reads "RD612,00" as money back (+612,00) and "612," as 612,00', () => {
    expect(rows.map((row) => row.amountCents)).toEqual([
      -61200, 240000, -1490, 15000, 61200, -8900,
    ]);
  });

  it('keeps each statement balance: 6 412,90 → 8 186,00 → 8 859,00', () => {
    expect(account?.balances.map((balance) => [balance.kind, balance.amountCents])).toEqual([
      ['OPENING', 641290],
      ['CLOSING', 818600],
      ['OPENING', 818600],
      ['CLOSING', 885900],
      ['AVAILABLE', 885900],
    ]);
  });

  it('joins a multi-line :86: and keeps the supplementary details of :61:', () => {
    expect(rows[0]?.label).toBe(
      'PRLV SEPA URSSAF RHONE-ALPES COTISATIONS DECEMBRE 2026 ICS FR14ZZZ100250 RUM URS-69-445120',
    );
    expect(rows[1]?.rawLabel).toBe(
      'FACT F2026-041 | VIR SEPA RECU /DE STUDIO PISTACHE SAS /MOTIF FACTURE F2026-041',
    );
    expect(rows[1]?.providerId).toBe('2026-12-29-0931');
    expect(rows[0]?.line).toBe(6);
  });
});

describe('MT940 with an impossible value date', () => {
  const statement = parseFixture('mt940_impossible-value-date.sta');
  const rows = statement.accounts[0]?.transactions ?? [];

  it('books -8,40 on the entry date 02/03/2026 and warns about 260230', () => {
    expect(summarise(statement)).toEqual({ accounts: 1, booked: 1, credits: 0, debits: -840 });
    expect(rows[0]).toMatchObject({
      bookingDate: '2026-03-02',
      valueDate: null,
      amountCents: -840,
    });
    expect(statement.notices).toHaveLength(1);
    expect(statement.notices[0]).toMatchObject({ line: 6 });
    expect(statement.notices[0]?.message).toContain('260230');
  });

  it('reads ?nn sub-fields, the last one continued on the next line', () => {
    expect(rows[0]?.label).toBe('ARRETE DE COMPTE FEVRIER 2026');
    expect(rows[0]?.memo).toBe('FRAIS TENUE DE COMPTE');
    expect(rows[0]?.rawLabel).toContain('?3193427198305');
    expect(statement.accounts[0]?.balances.map((balance) => balance.amountCents)).toEqual([
      135000, 134160,
    ]);
  });
});

describe('MT940 with bank preambles and intermediate balances', () => {
  const statement = parseFixture('mt940_preamble_intermediate-balances_utf8.sta');
  const [account] = statement.accounts;
  const rows = account?.transactions ?? [];

  it('makes one account of the two chained messages', () => {
    expect(summarise(statement)).toEqual({
      accounts: 1,
      booked: 4,
      credits: 240000,
      debits: -34699,
    });
    expect(account?.ref).toBe('0271500512');
    expect(rows.map((row) => row.amountCents)).toEqual([240000, -900, -29000, -4799]);
  });

  it('does not take :62M: for the final balance', () => {
    expect(account?.balances.map((balance) => [balance.kind, balance.amountCents])).toEqual([
      ['OPENING', 312000],
      ['INTERMEDIATE', 522100],
      ['CLOSING', 517301],
    ]);
  });

  it('takes the label from SVWZ+, even continued on the next line, and keeps the mandate', () => {
    expect(rows[2]?.label).toBe('Loyer poste fixe novembre 2026');
    expect(rows[2]?.memo).toContain('MREF+ATC-00417');
    expect(rows[0]?.label).toBe('Facture F2026-041 Studio Pistache');
  });
});
