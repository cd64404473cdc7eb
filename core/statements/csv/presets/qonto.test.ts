import { describe, expect, it } from 'vitest';
import {
  allTransactions,
  parseCsvFixture,
  parsedOrThrow,
  transactionOnLine,
} from '../test-support.ts';

describe('Qonto presets', () => {
  describe('English export', () => {
    const statement = parsedOrThrow(parseCsvFixture('csv/qonto_en_comma_utc.csv'));

    it('dates a settlement of 2026-10-31 23:30 UTC on 01/11/2026, the Paris day', () => {
      expect(transactionOnLine(statement, 3)).toMatchObject({
        providerId: 'qt_7f21c1',
        bookingDate: '2026-11-01',
        amountCents: -7199,
      });
    });

    it('keeps "Studio Nord, SARL" as one cell and the row at +1 200,00 (B21)', () => {
      expect(transactionOnLine(statement, 2)).toMatchObject({
        providerId: 'qt_7f21c0',
        label: 'Studio Nord, SARL',
        counterparty: 'Studio Nord, SARL',
        counterpartyIban: 'FR7630004008220001029384704',
        amountCents: 120000,
      });
    });

    it('skips the declined row with a notice and keeps the pending one apart', () => {
      const ids = allTransactions(statement).map((row) => row.providerId);
      expect(ids).not.toContain('qt_7f21c3');
      expect(statement.notices).toEqual([
        { line: 5, message: 'row declined by the bank, not imported' },
      ]);
      expect(transactionOnLine(statement, 7)).toMatchObject({
        providerId: 'qt_7f21c5',
        status: 'PENDING',
        amountCents: -15600,
        bookingDate: '2026-11-06',
        valueDate: null,
      });
    });

    it('unescapes doubled quotes in a note', () => {
      expect(transactionOnLine(statement, 6).memo).toBe('Trajet "gare de Lyon"');
    });
  });

  describe('French export', () => {
    const statement = parsedOrThrow(parseCsvFixture('csv/qonto_fr_semicolon_utc.csv'));

    it('dates "30-09-2026 22:30:00" UTC on 01/10/2026 in Paris', () => {
      expect(transactionOnLine(statement, 2)).toMatchObject({
        providerId: 'qt_9a10d1',
        counterparty: 'Figma',
        bookingDate: '2026-10-01',
        amountCents: -1396,
      });
    });

    it('keeps the pending row of 31-10 23:45 UTC apart, on 01/11 in Paris', () => {
      expect(transactionOnLine(statement, 5)).toMatchObject({
        providerId: 'qt_9a10d4',
        status: 'PENDING',
        bookingDate: '2026-11-01',
        amountCents: -6150,
      });
    });

    it('closes on the last booked Solde, ignoring the empty one of the pending row', () => {
      expect(statement.accounts[0]?.balances).toEqual([
        { kind: 'CLOSING', date: '2026-10-16', amountCents: 721634, currency: 'EUR' },
      ]);
    });
  });
});
