import { describe, expect, it } from 'vitest';

import { readFixture } from '../../../test/fixtures.ts';
import { decodeStatementBytes } from '../decode-bytes.ts';
import type { ParsedStatement } from '../statement-types.ts';
import { cfonbParser } from './cfonb-parser.ts';

const FIXTURE = 'cfonb120_overpunch_05-records_two-accounts.cfo';

function parseFixture(): ParsedStatement {
  const bytes = readFixture(`statements/cfonb/${FIXTURE}`);
  const result = cfonbParser.parse({
    fileName: FIXTURE,
    decoded: decodeStatementBytes(bytes),
    bytes,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('CFONB 120 with overpunched amounts, 05 complements and two accounts', () => {
  const statement = parseFixture();
  const [main, overdrawn] = statement.accounts;
  const rows = main?.transactions ?? [];
  const amounts = rows.map((row) => row.amountCents);
  const total = (values: number[]) => values.reduce((sum, cents) => sum + cents, 0);

  it('gives two accounts, 8 booked rows and the expected sums', () => {
    expect(statement.accounts).toHaveLength(2);
    expect(rows.every((row) => row.status === 'BOOKED')).toBe(true);
    expect(rows).toHaveLength(8);
    expect(total(amounts.filter((cents) => cents > 0))).toBe(315000);
    expect(total(amounts.filter((cents) => cents < 0))).toBe(-147433);
  });

  it('decodes the overpunched signs: { and A–I positive, } and J–R negative', () => {
    expect(amounts).toEqual([216000, -61200, -4799, -1396, -38, 45000, -80000, 54000]);
  });

  it('reconciles 8 412,36 on 31/10 + operations = 10 088,03 on 30/11', () => {
    expect(main).toMatchObject({ ref: '00071534920', bankId: '30004', currency: 'EUR' });
    expect(main?.balances).toEqual([
      { kind: 'OPENING', date: '2026-10-31', amountCents: 841236, currency: 'EUR' },
      { kind: 'CLOSING', date: '2026-11-30', amountCents: 1008803, currency: 'EUR' },
    ]);
  });

  it('keeps the account with only 01 and 07 and its negative balance (overpunch P)', () => {
    expect(overdrawn?.ref).toBe('00071534938');
    expect(overdrawn?.transactions).toEqual([]);
    expect(overdrawn?.balances.map((balance) => balance.amountCents)).toEqual([-125047, -125047]);
  });

  it('joins LCC and LC2 into the ORANGE label', () => {
    expect(rows[2]?.label).toBe(
      'ORANGE PRO BOX FIBRE NOVEMBRE 2026 - N CLIENT 55120093 - FACTURE 88120417',
    );
    expect(rows[2]?.memo).toContain('RUM ORA-PRO-55120093');
    expect(rows[2]?.memo).toContain('ICS FR09ZZZ774102');
  });

  it('attaches a 05 to the 04 just above it even when its operation code differs', () => {
    expect(rows[4]).toMatchObject({
      label: 'COMMISSION HORS ZONE EURO',
      memo: 'FRAIS CARTE FIGMA MONTHLY 13,96 EUR',
      amountCents: -38,
      line: 23,
    });
    expect(rows[3]?.memo).toBe('USD 15,00 1 EUR = 1,0745 USD');
  });

  it('reads the payer of a credit and the beneficiary of a debit as counterparty', () => {
    expect(rows[0]?.counterparty).toBe('EDITIONS DU GRAND TILLEUL');
    expect(rows[1]?.counterparty).toBe('URSSAF RHONE-ALPES');
    expect(rows[7]?.counterparty).toBe("CENTRE D'ORTHOPTIE DES BROTTEAUX");
  });

  it('reads booking and value dates, the value date before booking on the card line', () => {
    expect(rows[3]).toMatchObject({ bookingDate: '2026-11-04', valueDate: '2026-11-03' });
    expect(rows.map((row) => row.bookingDate)).toEqual([
      '2026-11-02',
      '2026-11-05',
      '2026-11-09',
      '2026-11-04',
      '2026-11-04',
      '2026-11-12',
      '2026-11-16',
      '2026-11-20',
    ]);
    expect(rows[0]?.providerId).toBe('0004511');
  });
});
