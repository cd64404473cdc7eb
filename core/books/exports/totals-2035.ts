import { BNC_CHART } from '../../categories/bnc-chart.ts';
import type { JournalEntry } from './journal-entries.ts';

export interface LineTotal {
  readonly line: number;
  readonly label: string;
  readonly count: number;
  /** As the 2035 writes it: positive for what the line adds (or deducts, lines 2 and 3). */
  readonly cents: number;
}

export interface OutsideTotal {
  readonly nature: string;
  readonly count: number;
  /** Signed: money in positive. */
  readonly cents: number;
}

export interface Totals2035 {
  readonly recettes: readonly LineTotal[];
  /** Line 4 = 1 − 2 − 3. */
  readonly netRecettesCents: number;
  /** Line 7 = 4 + 5 + 6. */
  readonly totalRecettesCents: number;
  readonly depenses: readonly LineTotal[];
  readonly totalDepensesCents: number;
  readonly resultCents: number;
  /** Apports, prélèvements, internal transfers, the card's monthly debit…: not in the 2035. */
  readonly outside: readonly OutsideTotal[];
  /** Movements without a nature yet: listed so nothing goes missing, counted nowhere. */
  readonly unclassified: { readonly count: number; readonly cents: number };
  readonly toConfirm: number;
}

// Lines 2 and 3 and every expense line are written positive for money going out.
const DEDUCTED = new Set([2, 3]);

/** Totals per 2035-A line of a period's journal (a year for the declaration). */
export function totals2035(entries: readonly JournalEntry[]): Totals2035 {
  const lines = new Map<number, { count: number; cents: number }>();
  const outside = new Map<string, { count: number; cents: number }>();
  let unclassified = { count: 0, cents: 0 };

  for (const entry of entries) {
    if (entry.column === 'a_classer') {
      unclassified = {
        count: unclassified.count + 1,
        cents: unclassified.cents + entry.amountCents,
      };
    } else if (entry.column === 'hors' || entry.line2035 === null) {
      const total = outside.get(entry.nature) ?? { count: 0, cents: 0 };
      outside.set(entry.nature, { count: total.count + 1, cents: total.cents + entry.amountCents });
    } else {
      const total = lines.get(entry.line2035) ?? { count: 0, cents: 0 };
      const sign = entry.column === 'depense' || DEDUCTED.has(entry.line2035) ? -1 : 1;
      lines.set(entry.line2035, {
        count: total.count + 1,
        cents: total.cents + sign * entry.amountCents,
      });
    }
  }

  const lineTotals = (kind: 'recette' | 'depense') =>
    [
      ...new Set(
        BNC_CHART.filter((category) => category.kind === kind).map((category) => category.line2035),
      ),
    ]
      .filter((line): line is number => line !== null)
      .map((line) => ({
        line,
        label: labelOf(line),
        ...(lines.get(line) ?? { count: 0, cents: 0 }),
      }))
      .filter((total) => total.count > 0);
  const cents = (line: number) => lines.get(line)?.cents ?? 0;
  const netRecettesCents = cents(1) - cents(2) - cents(3);
  const totalRecettesCents = netRecettesCents + cents(5) + cents(6);
  const depenses = lineTotals('depense');
  const totalDepensesCents = depenses.reduce((sum, total) => sum + total.cents, 0);

  return {
    recettes: lineTotals('recette'),
    netRecettesCents,
    totalRecettesCents,
    depenses,
    totalDepensesCents,
    resultCents: totalRecettesCents - totalDepensesCents,
    outside: [...outside.entries()].map(([nature, total]) => ({ nature, ...total })),
    unclassified,
    toConfirm: entries.filter((entry) => entry.toConfirm).length,
  };
}

// One label per line; line 25 holds two categories (mandatory and Madelin contributions).
function labelOf(line: number): string {
  const labels = BNC_CHART.filter((category) => category.line2035 === line).map(
    (category) => category.labelFr,
  );
  if (labels.length <= 1) return labels[0] ?? `Ligne ${line}`;
  return labels
    .map((label) => label.replace(/\s*\(.*\)$/, ''))
    .sort((a, b) => a.length - b.length)[0] as string;
}
