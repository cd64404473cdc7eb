import { describe, expect, it } from 'vitest';
import {
  allTransactions,
  parseCsvFixture,
  parsedOrThrow,
  transactionOnLine,
} from '../test-support.ts';

describe('generic layouts', () => {
  it('reads NO-BREAK SPACE thousands of a Date;Libellé;Montant;Devise file', () => {
    const statement = parsedOrThrow(parseCsvFixture('csv/generic_nbsp-thousands_utf8.csv'));
    expect(allTransactions(statement).map((row) => row.amountCents)).toEqual([
      216000, -18999, -126000, 1250000,
    ]);
    expect(transactionOnLine(statement, 5).currency).toBe('EUR');
  });

  describe('Date;Libellé;Catégorie;Débit;Crédit;Solde', () => {
    const statement = parsedOrThrow(parseCsvFixture('csv/zero-zero_debit-credit-row.csv'));

    it('skips the "0";"0" row with a notice and imports the rest (B20)', () => {
      expect(statement.notices).toEqual([{ line: 4, message: 'amount is zero, row skipped' }]);
      const labels = allTransactions(statement).map((row) => row.label);
      expect(labels).not.toContain('FRAIS CARTE RENOUVELLEMENT OFFERT');
      expect(allTransactions(statement).map((row) => row.line)).toEqual([2, 3, 5]);
    });

    it('makes an unsigned Débit a debit and keeps the bank category', () => {
      expect(transactionOnLine(statement, 3)).toMatchObject({
        amountCents: -61200,
        hints: { bankCategory: 'Cotisations' },
      });
    });

    it('closes on the last running Solde', () => {
      expect(statement.accounts[0]?.balances[0]).toMatchObject({
        date: '2026-11-09',
        amountCents: 584023,
      });
    });
  });
});
