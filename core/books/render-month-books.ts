import { formatMoney } from '../money/money.ts';
import { formatFrenchDate, type CalendarDate } from '../dates/calendar-date.ts';
import { frenchMonthLabel } from '../dates/french-month.ts';
import type { BooksLine, MonthBooks } from './month-books.ts';

function renderLines(lines: readonly BooksLine[]): string[] {
  return lines.map((line) => {
    const prefix = line.line2035 ? `l.${line.line2035}`.padEnd(5) : '     ';
    return `  ${prefix} ${line.label.slice(0, 52).padEnd(52)} ${String(line.count).padStart(3)} op.  ${formatMoney(line.cents).padStart(14)}`;
  });
}

/** The month's books as plain text, the way the freelancer reads them. */
export function renderMonthBooks(books: MonthBooks): string {
  const out: string[] = [`Livre-journal — ${frenchMonthLabel(books.month)}`, ''];
  if (books.entries.length === 0) {
    out.push('  Aucune opération ce mois-ci.');
    return out.join('\n');
  }
  for (const entry of books.entries) {
    const mark = entry.toConfirm ? ' ?' : '  ';
    out.push(
      `  ${formatFrenchDate(entry.date as CalendarDate)}${mark} ${entry.label.slice(0, 46).padEnd(46)} ${(entry.categoryCode ?? 'NON_CLASSE').padEnd(26)} ${formatMoney(entry.amountCents, entry.currency).padStart(14)}`,
    );
  }
  out.push(
    '',
    'Recettes',
    ...renderLines(books.recettes),
    `  ${'Total recettes'.padEnd(67)}${formatMoney(books.recettesCents).padStart(14)}`,
  );
  out.push(
    '',
    'Dépenses',
    ...renderLines(books.depenses),
    `  ${'Total dépenses'.padEnd(67)}${formatMoney(books.depensesCents).padStart(14)}`,
  );
  if (books.nonClasse.length > 0) {
    out.push(
      '',
      'Non classé (à confirmer, compté dans le résultat)',
      ...renderLines(books.nonClasse),
    );
  }
  if (books.horsBooks.length > 0) {
    out.push(
      '',
      'Hors recettes et dépenses (apports, prélèvements, virements internes)',
      ...renderLines(books.horsBooks),
    );
  }
  out.push(
    '',
    `Résultat du mois : ${formatMoney(books.recettesCents + books.depensesCents + books.nonClasseCents)}`,
  );
  if (books.foreignCurrency.length > 0) {
    out.push('', 'En devises (non converties, hors totaux) :');
    for (const entry of books.foreignCurrency) {
      out.push(
        `  ${formatFrenchDate(entry.date as CalendarDate)}  ${entry.label.slice(0, 46).padEnd(46)} ${formatMoney(entry.amountCents, entry.currency).padStart(16)}`,
      );
    }
  }
  if (books.toConfirm.length > 0) {
    out.push('', `${books.toConfirm.length} opération(s) à confirmer (marquées ?).`);
  }
  return out.join('\n');
}
