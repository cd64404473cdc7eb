import type { Database } from '../db/prisma-client.ts';
import { categoryByCode } from '../categories/bnc-chart.ts';
import { fromDbDate, monthRange, toDbDate } from '../dates/calendar-date.ts';
import { displayLabel } from '../ledger/display-label.ts';

export interface BooksEntry {
  readonly id: string;
  readonly date: string;
  readonly account: string;
  readonly label: string;
  readonly counterparty: string | null;
  readonly amountCents: number;
  readonly categoryCode: string | null;
  readonly toConfirm: boolean;
  readonly currency: string;
}

export interface BooksLine {
  readonly categoryCode: string;
  readonly line2035: number | null;
  readonly label: string;
  readonly count: number;
  readonly cents: number;
}

export interface MonthBooks {
  readonly month: string;
  readonly entries: readonly BooksEntry[];
  readonly recettes: readonly BooksLine[];
  readonly depenses: readonly BooksLine[];
  /** Apports, prélèvements, virements internes: outside recettes and dépenses. */
  readonly horsBooks: readonly BooksLine[];
  /** Rows with no nature yet: counted in the result (by their sign) until someone classifies them. */
  readonly nonClasse: readonly BooksLine[];
  readonly nonClasseCents: number;
  /** Rows in another currency than the euro: listed, never added to euro totals. */
  readonly foreignCurrency: readonly BooksEntry[];
  readonly toConfirm: readonly BooksEntry[];
  readonly recettesCents: number;
  readonly depensesCents: number;
}

export class InvalidMonthError extends Error {
  readonly code = 'INVALID_MONTH';
  constructor(readonly month: string) {
    super(`"${month}" is not a month: write it YYYY-MM, e.g. 2026-10`);
  }
}

/**
 * The month as the freelancer reads it, cash basis: booked movements of the active accounts in
 * the Paris month, grouped by nature. Rows still to confirm are counted under their suggestion
 * and listed apart so nothing is silently lost.
 */
export async function monthBooks(
  db: Database,
  freelancerId: string,
  month: string,
): Promise<MonthBooks> {
  const range = monthRange(month);
  if (!range) throw new InvalidMonthError(month);
  const rows = await db.transaction.findMany({
    where: {
      status: 'BOOKED',
      supersededById: null,
      bookingDate: { gte: toDbDate(range.from), lte: toDbDate(range.to) },
      account: { freelancerId, active: true },
    },
    include: { account: { select: { name: true } } },
    orderBy: [{ bookingDate: 'asc' }, { amountCents: 'desc' }, { occurrence: 'asc' }],
  });
  const entries = rows.map((row): BooksEntry => ({
    id: row.id,
    date: fromDbDate(row.bookingDate),
    account: row.account.name,
    label: displayLabel(row),
    counterparty: row.counterparty,
    amountCents: Number(row.amountCents),
    categoryCode: row.categoryCode,
    toConfirm: row.toConfirm,
    currency: row.currency,
  }));
  const euroEntries = entries.filter((entry) => entry.currency === 'EUR');

  // A split movement counts its pro part under its category and the rest as the owner's.
  const splits = new Map(
    (
      await db.transactionSplit.findMany({
        where: { freelancerId, transactionId: { in: euroEntries.map((entry) => entry.id) } },
      })
    ).map((split) => [split.transactionId, split]),
  );
  const lines = new Map<string, { count: number; cents: number }>();
  const add = (code: string, cents: number) => {
    const line = lines.get(code) ?? { count: 0, cents: 0 };
    line.count += 1;
    line.cents += cents;
    lines.set(code, line);
  };
  for (const entry of euroEntries) {
    const split = splits.get(entry.id);
    if (split) {
      add(split.proCategory, Number(split.proCents));
      const personal = Number(split.personalCents);
      if (personal !== 0)
        add(personal < 0 ? 'PRELEVEMENT_PERSONNEL' : 'APPORT_PERSONNEL', personal);
      continue;
    }
    add(entry.categoryCode ?? 'NON_CLASSE', entry.amountCents);
  }
  const described = [...lines.entries()].map(([code, line]) => {
    const category = categoryByCode(code);
    return {
      kind: category?.kind ?? 'a_classer',
      line: {
        categoryCode: code,
        line2035: category?.line2035 ?? null,
        label: category?.labelFr ?? 'Non classé',
        count: line.count,
        cents: line.cents,
      },
    };
  });
  const byLine = (a: BooksLine, b: BooksLine) =>
    (a.line2035 ?? 99) - (b.line2035 ?? 99) || a.label.localeCompare(b.label, 'fr');
  const pick = (kinds: string[]) =>
    described
      .filter((item) => kinds.includes(item.kind))
      .map((item) => item.line)
      .sort(byLine);
  const recettes = pick(['recette']);
  const depenses = pick(['depense']);
  const nonClasse = pick(['a_classer']);

  return {
    month,
    entries,
    recettes,
    depenses,
    horsBooks: pick(['hors_books']),
    nonClasse,
    nonClasseCents: nonClasse.reduce((sum, line) => sum + line.cents, 0),
    foreignCurrency: entries.filter((entry) => entry.currency !== 'EUR'),
    toConfirm: entries.filter((entry) => entry.toConfirm),
    recettesCents: recettes.reduce((sum, line) => sum + line.cents, 0),
    depensesCents: depenses.reduce((sum, line) => sum + line.cents, 0),
  };
}
