import ExcelJS from 'exceljs';
import { JOURNAL_HEADERS, journalCells } from './journal-csv.ts';
import type { JournalEntry } from './journal-entries.ts';
import type { Totals2035 } from './totals-2035.ts';

// Excel shows this as "1 234,56" in a French locale: the format is locale-neutral.
const MONEY = '#,##0.00;-#,##0.00;""';
const WIDTHS = [11, 38, 30, 48, 40, 9, 20, 16, 13, 13, 13, 13, 10];

/**
 * The livre-journal as a workbook the accountant opens directly: typed dates and amounts,
 * frozen header and filters, then the totals per 2035 line on a second sheet.
 */
export async function journalXlsx(
  entries: readonly JournalEntry[],
  totals: Totals2035,
  title: string,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pointage';
  const sheet = workbook.addWorksheet('Livre-journal', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = JOURNAL_HEADERS.map((header, index) => ({ header, width: WIDTHS[index] ?? 14 }));
  sheet.getRow(1).font = { bold: true };

  for (const entry of entries) {
    const cells = journalCells(entry);
    const euros = (cents: number | null) => (cents === null ? null : cents / 100);
    sheet.addRow([
      new Date(`${cells.date}T00:00:00Z`),
      cells.piece,
      cells.party,
      cells.label,
      cells.nature,
      cells.line2035,
      cells.means,
      cells.account,
      euros(cells.recette),
      euros(cells.depense),
      euros(cells.hors),
      euros(cells.aClasser),
      cells.toConfirm ? 'oui' : '',
    ]);
  }
  sheet.getColumn(1).numFmt = 'dd/mm/yyyy';
  for (const column of [9, 10, 11, 12]) sheet.getColumn(column).numFmt = MONEY;
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: JOURNAL_HEADERS.length },
  };

  addTotalsSheet(workbook, totals, title);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addTotalsSheet(workbook: ExcelJS.Workbook, totals: Totals2035, title: string): void {
  const sheet = workbook.addWorksheet('Totaux 2035');
  sheet.columns = [{ width: 8 }, { width: 60 }, { width: 10 }, { width: 16 }];
  const euros = (cents: number) => cents / 100;
  const heading = (text: string) => {
    sheet.addRow([]);
    sheet.addRow([null, text]).font = { bold: true };
  };

  sheet.addRow([null, title]).font = { bold: true, size: 13 };
  sheet.addRow(['Ligne', 'Nature', 'Opérations', 'Montant']).font = { bold: true };
  heading('Recettes');
  for (const line of totals.recettes)
    sheet.addRow([line.line, line.label, line.count, euros(line.cents)]);
  sheet.addRow([
    4,
    'Montant net des recettes (1 − 2 − 3)',
    null,
    euros(totals.netRecettesCents),
  ]).font = { bold: true };
  sheet.addRow([7, 'Total (4 + 5 + 6)', null, euros(totals.totalRecettesCents)]).font = {
    bold: true,
  };
  heading('Dépenses');
  for (const line of totals.depenses)
    sheet.addRow([line.line, line.label, line.count, euros(line.cents)]);
  sheet.addRow([null, 'Total des dépenses', null, euros(totals.totalDepensesCents)]).font = {
    bold: true,
  };
  sheet.addRow([null, 'Résultat (recettes − dépenses)', null, euros(totals.resultCents)]).font = {
    bold: true,
  };
  heading('Hors recettes et dépenses (non déclarés)');
  for (const item of totals.outside)
    sheet.addRow([null, item.nature, item.count, euros(item.cents)]);
  if (totals.unclassified.count > 0) {
    sheet.addRow([
      null,
      'À classer (comptés nulle part)',
      totals.unclassified.count,
      euros(totals.unclassified.cents),
    ]);
  }
  sheet.getColumn(4).numFmt = MONEY;
}
