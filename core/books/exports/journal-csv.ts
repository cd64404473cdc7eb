import { formatFrenchDate } from '../../dates/calendar-date.ts';
import type { JournalEntry } from './journal-entries.ts';

export const JOURNAL_HEADERS = [
  'Date',
  'Pièce',
  'Client / fournisseur',
  'Libellé',
  'Nature',
  'Ligne 2035',
  'Mode de règlement',
  'Compte',
  'Recette',
  'Dépense',
  'Hors recettes et dépenses',
  'À classer',
  'À confirmer',
];

/** `1234,56` (no thousands separator, so spreadsheets read it as a number); empty for 0 columns. */
export function frenchDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.trunc(absolute / 100)},${String(absolute % 100).padStart(2, '0')}`;
}

/** The cells of one journal line, amounts in cents (recette and dépense written positive). */
export function journalCells(entry: JournalEntry) {
  const amount = (column: JournalEntry['column'], sign: 1 | -1) =>
    entry.column === column ? sign * entry.amountCents : null;
  return {
    date: entry.date,
    piece: entry.pieces.map((piece) => piece.archiveName).join(' + '),
    party: entry.party,
    label: entry.label,
    nature: entry.nature,
    line2035: entry.line2035,
    means: entry.meansOfPayment,
    account: entry.account,
    recette: amount('recette', 1),
    depense: amount('depense', -1),
    hors: amount('hors', 1),
    aClasser: amount('a_classer', 1),
    toConfirm: entry.toConfirm,
  };
}

/**
 * The livre-journal as the accountant's tools import it: semicolons, French decimals, dates
 * `JJ/MM/AAAA`, UTF-8 with a BOM (Excel then shows the accents), CRLF line ends.
 */
export function journalCsv(entries: readonly JournalEntry[]): string {
  const lines = [JOURNAL_HEADERS.map(csvCell).join(';')];
  for (const entry of entries) {
    const cells = journalCells(entry);
    const money = (cents: number | null) => (cents === null ? '' : frenchDecimal(cents));
    lines.push(
      [
        formatFrenchDate(cells.date),
        cells.piece,
        cells.party,
        cells.label,
        cells.nature,
        cells.line2035 === null ? '' : String(cells.line2035),
        cells.means,
        cells.account,
        money(cells.recette),
        money(cells.depense),
        money(cells.hors),
        money(cells.aClasser),
        cells.toConfirm ? 'oui' : '',
      ]
        .map(csvCell)
        .join(';'),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

// Quotes when needed; a text starting like a formula is defused (CSV injection in spreadsheets).
export function csvCell(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) || /^-[^\d]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
