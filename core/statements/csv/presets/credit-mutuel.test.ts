import { describe, expect, it } from 'vitest';
import { parseCsvFixture, parsedOrThrow, summarize, transactionOnLine } from '../test-support.ts';

describe('Crédit Mutuel / CIC preset', () => {
  const statement = parsedOrThrow(parseCsvFixture('csv/credit-mutuel_iso-8859-15.csv'));

  it('decodes ISO-8859-15: € (0xA4) and Œ (0xBC)', () => {
    expect(statement.encoding).toBe('iso-8859-15');
    expect(transactionOnLine(statement, 3).label).toBe(
      'VIR SEPA EDITIONS DU GRAND TILLEUL ACOMPTE 500€',
    );
    expect(transactionOnLine(statement, 4).label).toBe('CARTE 10/11 LIBRAIRIE CŒUR DE PENTES LYON');
  });

  it('keeps a Débit written negative negative once (B25)', () => {
    expect(transactionOnLine(statement, 2).amountCents).toBe(-1439);
    expect(transactionOnLine(statement, 4).amountCents).toBe(-2870);
  });

  it('closes on the last running Solde, which is 3 812,45 plus the net of the rows', () => {
    const closing = statement.accounts[0]?.balances[0];
    expect(closing).toEqual({
      kind: 'CLOSING',
      date: '2026-11-24',
      amountCents: 662436,
      currency: 'EUR',
    });
    const { credits, debits } = summarize(statement.accounts);
    expect(381245 + credits + debits).toBe(662436);
  });

  it('reads the value date beside the booking date', () => {
    expect(transactionOnLine(statement, 4)).toMatchObject({
      bookingDate: '2026-11-12',
      valueDate: '2026-11-13',
    });
  });
});
