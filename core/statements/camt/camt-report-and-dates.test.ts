import { describe, expect, it } from 'vitest';

import { parseCamtFixture, summarise } from './camt-test-support.ts';

describe('camt.052.001.02 account report', () => {
  const statement = parseCamtFixture('camt052_v02_account-report.xml');
  const rows = statement.accounts[0]?.transactions ?? [];

  it('keeps all four NONREF rows and reconciles PRCD + Σ = CLBD', () => {
    expect(summarise(statement)).toEqual({
      accounts: 1,
      booked: 4,
      pending: 0,
      credits: 480,
      debits: -23710,
    });
    expect(rows.some((row) => row.providerId === 'NONREF')).toBe(false);
    expect(statement.accounts[0]?.balances.map((balance) => balance.amountCents)).toEqual([
      51377, 28147,
    ]);
    expect(statement.variant).toBe('camt.052.001.02');
  });

  it('gives each row the line of its <Ntry> (CRLF file)', () => {
    expect(rows.map((row) => row.line)).toEqual([51, 83, 115, 147]);
  });
});

describe('camt.053 without entries, balance date as <DtTm> with nanoseconds', () => {
  const statement = parseCamtFixture('camt053_v02_no-entries_dttm-balance.xml');

  it('gives no transaction and an opening balance of 2 318,40 on 23/11/2026', () => {
    expect(summarise(statement)).toEqual({
      accounts: 1,
      booked: 0,
      pending: 0,
      credits: 0,
      debits: 0,
    });
    expect(statement.accounts[0]?.balances).toEqual([
      { kind: 'OPENING', date: '2026-11-23', amountCents: 231840, currency: 'EUR' },
    ]);
  });
});

describe('camt.053.001.04 with zoned dates and short amounts', () => {
  const statement = parseCamtFixture('camt053_v04_tz-dates_short-amounts.xml');
  const rows = statement.accounts[0]?.transactions ?? [];

  it('reads "612.4" as -612,40 and "23" as -23,00', () => {
    expect(summarise(statement)).toEqual({
      accounts: 1,
      booked: 4,
      pending: 0,
      credits: 108000,
      debits: -77790,
    });
    expect(rows.map((row) => row.amountCents)).toEqual([-61240, -14250, -2300, 108000]);
    expect(
      statement.accounts[0]?.balances.map((balance) => [balance.date, balance.amountCents]),
    ).toEqual([
      ['2026-10-01', 781204],
      ['2026-10-05', 811414],
    ]);
  });

  it('does not let the +02:00 after a date move the day', () => {
    expect(rows.map((row) => row.bookingDate)).toEqual([
      '2026-10-01',
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
    ]);
    expect(rows[0]?.valueDate).toBe('2026-10-02');
  });

  it('collapses a multi-line AddtlNtryInf into one label', () => {
    expect(rows[0]?.label).toBe(
      'PRELEVEMENT SEPA URSSAF RHONE-ALPES COTISATIONS OCTOBRE 2026 REF URS-69-445120',
    );
  });
});
