import { csvCell, frenchDecimal } from './journal-csv.ts';
import type { Totals2035 } from './totals-2035.ts';

/** The totals per 2035 line as CSV (semicolons, French decimals), in the order of the form. */
export function totalsCsv(totals: Totals2035): string {
  const rows: string[][] = [['Ligne', 'Nature', 'Opérations', 'Montant']];
  for (const line of totals.recettes)
    rows.push([String(line.line), line.label, String(line.count), frenchDecimal(line.cents)]);
  rows.push(['4', 'Montant net des recettes', '', frenchDecimal(totals.netRecettesCents)]);
  rows.push(['7', 'Total des recettes', '', frenchDecimal(totals.totalRecettesCents)]);
  for (const line of totals.depenses)
    rows.push([String(line.line), line.label, String(line.count), frenchDecimal(line.cents)]);
  rows.push(['', 'Total des dépenses', '', frenchDecimal(totals.totalDepensesCents)]);
  rows.push(['', 'Résultat', '', frenchDecimal(totals.resultCents)]);
  for (const item of totals.outside)
    rows.push(['', `Hors 2035 : ${item.nature}`, String(item.count), frenchDecimal(item.cents)]);
  if (totals.unclassified.count > 0) {
    rows.push([
      '',
      'À classer',
      String(totals.unclassified.count),
      frenchDecimal(totals.unclassified.cents),
    ]);
  }
  return `\ufeff${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
