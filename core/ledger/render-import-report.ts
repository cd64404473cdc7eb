import { formatFrenchDate, type CalendarDate } from '../dates/calendar-date.ts';
import { formatMoney } from '../money/money.ts';
import type { ImportReport } from './import-report.ts';

const KIND_TITLES = {
  recette: 'Recettes',
  depense: 'Dépenses',
  hors_books: 'Hors recettes et dépenses',
  a_classer: 'Non classé',
} as const;

/** What an import did, in French, for the terminal or a chat message. */
export function renderImportReport(report: ImportReport): string {
  const out: string[] = [`Import de ${report.fileName} (${report.format})`];
  for (const account of report.accounts) {
    out.push(
      `  Compte « ${account.name} » (${account.kind}${account.created ? ', nouveau' : ''}) : ` +
        `${account.newCount} nouvelle(s), ${account.knownCount} déjà connue(s)` +
        (account.pendingCount ? `, ${account.pendingCount} en attente` : ''),
    );
  }
  out.push(
    `Total : ${report.newCount} nouvelle(s) opération(s), ${report.knownCount} déjà connue(s).`,
  );
  for (const notice of report.notices) out.push(`  Remarque : ${notice}`);

  if (report.newCount > 0) {
    for (const kind of ['recette', 'depense', 'hors_books', 'a_classer'] as const) {
      const totals = report.totals.filter((total) => total.kind === kind);
      if (totals.length === 0) continue;
      out.push('', KIND_TITLES[kind]);
      for (const total of totals) {
        out.push(
          `  ${total.label.slice(0, 64).padEnd(64)} ${String(total.count).padStart(4)} op. ${formatMoney(total.cents).padStart(14)}`,
        );
      }
    }
    out.push(
      '',
      `Recettes : ${formatMoney(report.recettesCents)}   Dépenses : ${formatMoney(report.depensesCents)}`,
    );
  }
  if (report.toConfirm.length > 0) {
    out.push('', `À confirmer (${report.toConfirm.length}) :`);
    for (const row of report.toConfirm) {
      out.push(
        `  ${formatFrenchDate(row.date as CalendarDate)}  ${row.label.slice(0, 44).padEnd(44)} ${formatMoney(row.amountCents).padStart(13)}  ` +
          `suggestion : ${row.suggestedCode ?? 'aucune'} (${row.confidence} %)`,
      );
    }
  }
  return out.join('\n');
}
