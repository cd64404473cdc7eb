import { describe, expect, it } from 'vitest';

import { byProviderId, parseCamtFixture, summarise } from './camt-test-support.ts';

describe('camt.053.001.02 with two statements and a batch entry (B23)', () => {
  const statement = parseCamtFixture('camt053_v02_two-stmt_batch-entry.xml');
  const [account] = statement.accounts;

  it('gives one account, 7 booked lines, the expected sums', () => {
    expect(summarise(statement)).toEqual({
      accounts: 1,
      booked: 7,
      pending: 0,
      credits: 335000,
      debits: -190789,
    });
    expect(account?.iban).toBe('FR7630003027150005123456738');
    expect(statement.variant).toBe('camt.053.001.02');
  });

  it('splits the batch into one line per TxDtls, identified by entry ref and index', () => {
    const parts = ['SG2611130001/1', 'SG2611130001/2', 'SG2611130001/3'].map((id) =>
      byProviderId(statement, id),
    );
    expect(parts.map((part) => part.amountCents)).toEqual([-120000, -42000, -22500]);
    expect(parts.map((part) => part.counterparty)).toEqual([
      'LOUIS PERRACHON ILLUSTRATION',
      'CABINET ROCHEFORT EXPERTISE',
      'ATELIER TRABOULE COWORKING',
    ]);
    expect(parts[1]?.label).toBe('HONORAIRES FACT 2026-1102');
    expect(parts.every((part) => part.bookingDate === '2026-11-13')).toBe(true);
  });

  it('keeps the opening and closing balance of each statement', () => {
    expect(account?.balances.map((balance) => [balance.kind, balance.amountCents])).toEqual([
      ['OPENING', 1120455],
      ['CLOSING', 1355656],
      ['OPENING', 1355656],
      ['CLOSING', 1264666],
    ]);
  });

  it('reads the debtor of a credit as counterparty, with its IBAN', () => {
    const credit = byProviderId(statement, 'SG2611120001');
    expect(credit).toMatchObject({
      amountCents: 240000,
      counterparty: 'STUDIO PISTACHE SAS',
      counterpartyIban: 'FR7630004008220001029384704',
      label: 'FACTURE F2026-036',
    });
    expect(byProviderId(statement, 'SG2611130003').rawLabel).toContain('RF47F2026038');
  });
});

describe('camt.053.001.08 with <Sts><Cd>, a pending entry and a card payment in USD', () => {
  const statement = parseCamtFixture('camt053_v08_sts-cd_pending_fx.xml');

  it('books 3 lines and keeps PDNG apart as pending', () => {
    expect(summarise(statement)).toEqual({
      accounts: 1,
      booked: 3,
      pending: 1,
      credits: 120000,
      debits: -1434,
    });
    expect(statement.accounts[0]?.balances.map((balance) => balance.amountCents)).toEqual([
      641277, 759843,
    ]);
    expect(byProviderId(statement, 'SG2611230009')).toMatchObject({
      status: 'PENDING',
      amountCents: -9640,
    });
  });

  it('uses the EUR amount of the entry, not the instructed 15.00 USD', () => {
    const card = byProviderId(statement, 'SG2611210001');
    expect(card).toMatchObject({ amountCents: -1396, currency: 'EUR', counterparty: 'FIGMA INC' });
  });

  it('reads BookgDt <DtTm> with an offset as a Paris day and party names inside <Pty>', () => {
    expect(byProviderId(statement, 'SG2611200001')).toMatchObject({
      bookingDate: '2026-11-20',
      counterparty: 'VILLE-NUAGE SAS',
    });
    expect(byProviderId(statement, 'SG2611210002').label).toBe('COMMISSION CB HORS ZONE EURO');
  });
});
