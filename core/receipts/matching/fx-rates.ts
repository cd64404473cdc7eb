import type { CalendarDate } from '../../dates/calendar-date.ts';
import { parseAmountToCents } from '../../money/parse-amount.ts';

/**
 * Day rates of foreign currencies: euros for one unit on a date. Pointage calls no rate service
 * itself; the operator supplies rates (ECB file, firm's table) or none, and the bank label's own
 * original amount is used when it gives one.
 */
export interface FxRates {
  eurosPerUnit(currency: string, date: CalendarDate): number | null;
}

export const noFxRates: FxRates = { eurosPerUnit: () => null };

/** A fixed table `{ USD: { '2026-11-03': 0.9345 } }`; the nearest earlier day within a week. */
export function tableFxRates(
  table: Readonly<Record<string, Readonly<Record<string, number>>>>,
): FxRates {
  return {
    eurosPerUnit(currency, date) {
      const days = table[currency];
      if (!days) return null;
      for (let back = 0; back <= 7; back += 1) {
        const day = new Date(Date.parse(`${date}T12:00:00Z`) - back * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const rate = days[day];
        if (rate !== undefined) return rate;
      }
      return null;
    },
  };
}

export interface LabelForeignAmount {
  readonly currency: string;
  readonly cents: number;
}

// "CARTE X4821 03/11 USD 15,00 1 EUR = 1,0701 USD", "… 15,00 USD …".
const FOREIGN =
  /\b(USD|GBP|CHF|CAD|JPY|SEK|NOK|DKK|PLN|AUD)\s+(\d[\d ]*[.,]\d{2})\b|\b(\d[\d ]*[.,]\d{2})\s+(USD|GBP|CHF|CAD|JPY|SEK|NOK|DKK|PLN|AUD)\b/;

/** The original foreign amount a card label states, if it states one. */
export function foreignAmountInLabel(label: string): LabelForeignAmount | null {
  const match = FOREIGN.exec(label.toUpperCase());
  if (!match) return null;
  const currency = match[1] ?? match[4];
  const amount = parseAmountToCents((match[2] ?? match[3] ?? '').replace(/ /g, ''), 'auto');
  return currency && amount.ok ? { currency, cents: amount.value } : null;
}

/** A card fee for a foreign-currency payment ("COMMISSION CB HORS ZONE EURO", "FRAIS DEVISE"). */
export function isFxFeeLabel(label: string): boolean {
  const upper = label.toUpperCase();
  return (
    /\b(COMMISSION|FRAIS|FEE)\b/.test(upper) &&
    /HORS ZONE|DEVISE|ETRANGER|FOREIGN|\bFX\b|CHANGE/.test(upper)
  );
}
