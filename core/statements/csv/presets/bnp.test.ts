import { describe, expect, it } from 'vitest';
import {
  allTransactions,
  parseCsvFixture,
  parsedOrThrow,
  transactionOnLine,
} from '../test-support.ts';

describe('BNP Paribas presets', () => {
  it('reads the current export: account line 1 is not a row, header on line 3', () => {
    const statement = parsedOrThrow(parseCsvFixture('csv/bnp_current-layout.csv'));
    const [account] = statement.accounts;

    expect(account?.ref).toBe('****5519');
    expect(account?.name).toBe('COMPTE PRO ARDOISE');
    expect(account?.balances).toEqual([
      { kind: 'CLOSING', date: '2026-11-30', amountCents: 1248055, currency: 'EUR' },
    ]);
    expect(allTransactions(statement)[0]?.line).toBe(4);
    expect(transactionOnLine(statement, 5).amountCents).toBe(-61200);
  });

  describe('old export without header', () => {
    const statement = parsedOrThrow(
      parseCsvFixture('csv/bnp_old-layout_no-header_html-entities.csv'),
    );

    it('takes line 1 as the account ****5519 with its balance, not as a transaction', () => {
      const [account] = statement.accounts;
      expect(account?.ref).toBe('****5519');
      expect(account?.name).toBe('Compte de chèques');
      expect(account?.kind).toBe('CHECKING');
      expect(account?.balances[0]).toEqual({
        kind: 'CLOSING',
        date: '2026-11-30',
        amountCents: 1248055,
        currency: 'EUR',
      });
      expect(allTransactions(statement).map((transaction) => transaction.line)).toEqual([
        2, 3, 4, 5, 6, 7,
      ]);
    });

    it('decodes entities after splitting, double-escaped ones included', () => {
      const cafe = transactionOnLine(statement, 6);
      expect(cafe.label).toBe('CARTE 17/11 CAFÉ DU PASSAGE LYON');
      expect(cafe.hints.bankCategory).toBe('Cafés');
      expect(cafe.amountCents).toBe(-350);
      expect(transactionOnLine(statement, 3).label).toBe('PRLV SEPA URSSAF RHÔNE-ALPES');
      expect(transactionOnLine(statement, 4).hints.bankCategory).toBe('Téléphone & internet');
    });

    it('decodes a numeric entity and drops the leading space of labels', () => {
      expect(transactionOnLine(statement, 5).label).toBe(
        "VIR SEPA RECU /DE CENTRE D'ORTHOPTIE DES BROTTEAUX",
      );
    });
  });
});
