import { describe, expect, it } from 'vitest';
import {
  allTransactions,
  parseCsvFixture,
  parsedOrThrow,
  transactionOnLine,
} from '../test-support.ts';

describe('La Banque Postale preset', () => {
  const statement = parsedOrThrow(parseCsvFixture('csv/la-banque-postale_euros-francs.csv'));

  it('finds the header by its whole signature, not the preamble line starting with "Date"', () => {
    expect(allTransactions(statement).map((row) => row.line)).toEqual([9, 10, 11, 12, 13]);
  });

  it('reads amounts from Montant(EUROS) and never from the francs column', () => {
    expect(transactionOnLine(statement, 11).amountCents).toBe(240000);
    expect(transactionOnLine(statement, 11).label).toBe(
      'VIREMENT DE STUDIO PISTACHE SAS REF F2026-036',
    );
  });

  it('reads account 0412735K038 and the euro balance from the padded preamble', () => {
    const [account] = statement.accounts;
    expect(account?.ref).toBe('0412735K038');
    expect(account?.balances).toEqual([
      { kind: 'CLOSING', date: '2026-11-30', amountCents: 321845, currency: 'EUR' },
    ]);
  });
});
