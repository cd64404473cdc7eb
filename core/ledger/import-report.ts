import type { Database } from '../db/prisma-client.ts';
import { categoryByCode } from '../categories/bnc-chart.ts';
import { fromDbDate } from '../dates/calendar-date.ts';
import { displayLabel } from './display-label.ts';
import type { StoreResult } from './store-statement.ts';

export interface CategoryTotal {
  readonly categoryCode: string | null;
  readonly label: string;
  readonly kind: 'recette' | 'depense' | 'hors_books' | 'a_classer';
  readonly count: number;
  readonly cents: number;
}

export interface DoubtfulTransaction {
  readonly id: string;
  readonly date: string;
  readonly label: string;
  readonly amountCents: number;
  readonly suggestedCode: string | null;
  readonly confidence: number;
}

export interface ImportReport {
  readonly importId: string;
  readonly fileName: string;
  readonly format: string;
  readonly accounts: StoreResult['accounts'];
  readonly newCount: number;
  readonly knownCount: number;
  readonly pendingCount: number;
  readonly notices: readonly string[];
  readonly totals: readonly CategoryTotal[];
  readonly recettesCents: number;
  readonly depensesCents: number;
  readonly toConfirm: readonly DoubtfulTransaction[];
}

/** What an import did, for the person who ran it: counts, totals per nature, what is doubtful. */
export async function buildImportReport(
  db: Database,
  store: Pick<StoreResult, 'importId' | 'accounts'>,
): Promise<ImportReport> {
  const { importId } = store;
  const imported = await db.import.findUniqueOrThrow({ where: { id: importId } });
  const rows = await db.transaction.findMany({
    where: { importId, status: 'BOOKED', supersededById: null },
    orderBy: [{ bookingDate: 'asc' }, { occurrence: 'asc' }],
  });
  // Totals are in euros; rows in another currency are named in a notice, never added to them.
  const foreign = rows.filter((row) => row.currency !== 'EUR');
  const euroRows = rows.filter((row) => row.currency === 'EUR');
  const foreignNotice = foreign.length
    ? [
        `${foreign.length} opération(s) en devises (${[...new Set(foreign.map((row) => row.currency))].join(', ')}) hors des totaux en euros`,
      ]
    : [];
  const totals = new Map<string, { categoryCode: string | null; count: number; cents: number }>();
  for (const row of euroRows) {
    // Doubtful rows count under their suggestion, as in the books, and are listed apart below.
    const key = row.categoryCode ?? 'a_classer';
    const total = totals.get(key) ?? { categoryCode: row.categoryCode, count: 0, cents: 0 };
    total.count += 1;
    total.cents += Number(row.amountCents);
    totals.set(key, total);
  }
  const described = [...totals.values()].map((total): CategoryTotal => {
    const category = total.categoryCode ? categoryByCode(total.categoryCode) : undefined;
    return {
      categoryCode: total.categoryCode,
      label: category?.labelFr ?? 'Non classé',
      kind: category?.kind ?? 'a_classer',
      count: total.count,
      cents: total.cents,
    };
  });
  described.sort((a, b) => a.label.localeCompare(b.label, 'fr'));

  return {
    importId,
    fileName: imported.fileName,
    format: imported.format,
    accounts: store.accounts,
    newCount: imported.newCount,
    knownCount: imported.knownCount,
    pendingCount: imported.pendingCount,
    notices: [...imported.notices, ...foreignNotice],
    totals: described,
    recettesCents: sumKind(described, 'recette'),
    depensesCents: sumKind(described, 'depense'),
    toConfirm: rows
      .filter((row) => row.toConfirm)
      .map((row) => ({
        id: row.id,
        date: fromDbDate(row.bookingDate),
        label: displayLabel(row),
        amountCents: Number(row.amountCents),
        suggestedCode: row.categoryCode,
        confidence: row.confidence,
      })),
  };
}

function sumKind(totals: readonly CategoryTotal[], kind: CategoryTotal['kind']): number {
  return totals.filter((total) => total.kind === kind).reduce((sum, total) => sum + total.cents, 0);
}
