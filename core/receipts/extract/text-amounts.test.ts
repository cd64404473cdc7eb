import { describe, expect, it } from 'vitest';
import { findAmounts, findRate, moneyAmounts } from './text-amounts.ts';
import { findDates } from './text-dates.ts';
import { foldLine, normaliseText } from './text-lines.ts';

const amounts = (line: string) =>
  moneyAmounts(normaliseText(line)).map((amount) => [amount.cents, amount.currency]);

describe('amounts printed on receipts', () => {
  it('reads French, English and bank notations to the cent', () => {
    expect(amounts('Total TTC 1 234,56 €')).toEqual([[123456, 'EUR']]);
    expect(amounts('Net à payer 1\u202f234,56\u00a0€')).toEqual([[123456, 'EUR']]);
    expect(amounts('Total TTC EUR 290.00')).toEqual([[29000, 'EUR']]);
    expect(amounts('Total TTC / Total due EUR 4 200.00')).toEqual([[420000, 'EUR']]);
    expect(amounts('TOTAL À REPORTER 1.769,47 4.200,00')).toEqual([
      [176947, null],
      [420000, null],
    ]);
    expect(amounts('Total $1,059.00')).toEqual([[105900, 'USD']]);
    expect(amounts('Montant dû : 420,00 EUR')).toEqual([[42000, 'EUR']]);
  });

  it('reads the U+2212 minus of a credit note and the "- 400,00" of a deposit as negative', () => {
    expect(amounts('Total TTC \u221212,00 €')).toEqual([[-1200, 'EUR']]);
    expect(amounts('Acompte versé le 21/08/2026 - 400,00 €')).toEqual([[-40000, 'EUR']]);
  });

  it('leaves dates, times, phone numbers and rates out of the amounts', () => {
    expect(amounts('15/10/2026 13:12 Ticket 018377 — 12.10.2026 — Tél. 04 65 71 33 08')).toEqual(
      [],
    );
    expect(findAmounts('10,00 % 129,09 12,91').map((amount) => amount.isPercent)).toEqual([
      true,
      false,
      false,
    ]);
    expect(findRate('TVA (5,5 %)')).toBe('5.5');
    expect(findRate('A 10,0% 70,36')).toBe('10');
  });
});

describe('dates printed on receipts', () => {
  const dates = (line: string) => findDates(foldLine(line)).map((found) => found.date);

  it('reads day-first numeric, ISO, French and English dates', () => {
    expect(dates('Date 12/11/2026')).toEqual(['2026-11-12']);
    expect(dates('Date de la commande 2026-10-06')).toEqual(['2026-10-06']);
    expect(dates('Lyon, le 12 novembre 2026')).toEqual(['2026-11-12']);
    expect(dates('Abonnement du 1er décembre 2026')).toEqual(['2026-12-01']);
    expect(dates('Date of issue November 4, 2026')).toEqual(['2026-11-04']);
    expect(dates('Issued 4 Nov 2026')).toEqual(['2026-11-04']);
  });

  it('refuses days that do not exist', () => {
    expect(dates('31/11/2026 et 30 février 2026')).toEqual([]);
  });
});
