import { describe, expect, it } from 'vitest';
import { allTransactions, parseCsvFixture, parsedOrThrow } from '../test-support.ts';

describe('Revolut preset', () => {
  const statement = parsedOrThrow(parseCsvFixture('csv/revolut_pending_fee.csv'));
  const rows = allTransactions(statement);

  it('books the ATM fee of 1,00 as its own line beside the withdrawal', () => {
    const atm = rows.filter((row) => row.line === 4);
    expect(atm.map((row) => [row.label, row.amountCents])).toEqual([
      ['Cash at Paris Gare de Lyon', -4000],
      ['Frais : Cash at Paris Gare de Lyon', -100],
    ]);
    expect(atm[1]?.hints.bankCategory).toBe('fee');
  });

  it('keeps the PENDING hotel row apart, dated by its start', () => {
    const pending = rows.filter((row) => row.status === 'PENDING');
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      label: 'Hotel des Tisserands',
      amountCents: -15600,
      bookingDate: '2026-11-08',
    });
  });

  it('books on the completion day, with the start day as operation date', () => {
    expect(rows.find((row) => row.line === 3)).toMatchObject({
      bookingDate: '2026-11-06',
      operationDate: '2026-11-05',
      counterparty: "Restaurant L'Etoile de Mer",
      providerId: null,
    });
  });

  it('closes on the last completed Balance, 506.70', () => {
    expect(statement.accounts[0]?.balances).toEqual([
      { kind: 'CLOSING', date: '2026-11-08', amountCents: 50670, currency: 'EUR' },
    ]);
  });
});
