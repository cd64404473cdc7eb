import { describe, expect, it } from 'vitest';

import {
  byProviderId,
  camtError,
  camtFixtureText,
  parseCamtFixture,
  parseCamtText,
  summarise,
} from './camt-test-support.ts';

const EXPECTED_SUMS = { accounts: 1, booked: 3, pending: 0, credits: 61200, debits: -62690 };

describe('camt reversal written the ISO way (RvslInd true, CRDT)', () => {
  const statement = parseCamtFixture('camt053_v02_reversal_iso.xml');

  it('keeps the face value: -612,00 then +612,00, without a notice', () => {
    expect(summarise(statement)).toEqual(EXPECTED_SUMS);
    expect(byProviderId(statement, 'SG2611050004').amountCents).toBe(-61200);
    expect(byProviderId(statement, 'SG2611090002').amountCents).toBe(61200);
    expect(statement.notices).toEqual([]);
  });

  it('names the creditor of the reversed direct debit as counterparty', () => {
    expect(byProviderId(statement, 'SG2611090002').counterparty).toBe('URSSAF RHONE-ALPES');
  });
});

describe('camt reversal written with the original direction (B22, RvslInd true, DBIT)', () => {
  const statement = parseCamtFixture('camt053_v02_reversal_bank-sign.xml');

  it('flips the reversal to +612,00 because only that reading reconciles the balances', () => {
    expect(summarise(statement)).toEqual(EXPECTED_SUMS);
    expect(byProviderId(statement, 'SG2611090002').amountCents).toBe(61200);
  });

  it('says so in a notice naming the entry', () => {
    expect(statement.notices).toHaveLength(1);
    expect(statement.notices[0]?.message).toContain('SG2611090002');
    expect(statement.notices[0]?.line).toBe(110);
  });
});

describe('camt balance check', () => {
  it('refuses a statement that reconciles in neither reading, naming the reversal', () => {
    const text = camtFixtureText('camt053_v02_reversal_bank-sign.xml').replace(
      '<Amt Ccy="EUR">5305.28</Amt>',
      '<Amt Ccy="EUR">5305.29</Amt>',
    );
    const error = camtError(text);
    expect(error.code).toBe('BALANCE_MISMATCH');
    expect(error.message).toContain('SG2611090002');
    expect(error.line).toBe(110);
  });

  it('refuses a statement whose entries do not add up to the closing balance', () => {
    const text = camtFixtureText('camt053_v04_tz-dates_short-amounts.xml').replace(
      '<Amt Ccy="EUR">23</Amt>',
      '<Amt Ccy="EUR">32</Amt>',
    );
    const error = camtError(text);
    expect(error.code).toBe('BALANCE_MISMATCH');
    expect(error.message).toContain('RPT-053-20261006-0007-S1');
  });

  it('keeps a batch as one line, with a notice, when its parts do not add up', () => {
    const text = camtFixtureText('camt053_v02_two-stmt_batch-entry.xml').replace(
      '<Amt Ccy="EUR">420.00</Amt>',
      '<Amt Ccy="EUR">400.00</Amt>',
    );
    const statement = parseCamtText(text);
    expect(statement.ok && byProviderId(statement.value, 'SG2611130001').amountCents).toBe(-184500);
    expect(statement.ok && summarise(statement.value).booked).toBe(5);
    expect(statement.ok && statement.value.notices[0]?.message).toContain('SG2611130001');
  });
});
