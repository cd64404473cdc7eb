import JSZip from 'jszip';
import type { Database } from '../../db/prisma-client.ts';
import { monthRange } from '../../dates/calendar-date.ts';
import type { FileStore } from '../../files/file-store.ts';
import { formatMoney } from '../../money/money.ts';
import { listMissingReceipts } from '../../receipts/list-missing-receipts.ts';
import { frenchMonthLabel } from '../../dates/french-month.ts';
import { InvalidPeriodError } from './export-period.ts';
import { csvCell, frenchDecimal, journalCsv } from './journal-csv.ts';
import { journalEntries } from './journal-entries.ts';
import { journalXlsx } from './journal-xlsx.ts';
import { freeName } from './piece-name.ts';
import { totals2035 } from './totals-2035.ts';

export interface MonthArchive {
  readonly bytes: Uint8Array;
  /** Paths inside the zip, for the message that goes with it. */
  readonly files: readonly string[];
  readonly missingReceipts: number;
  readonly statements: number;
}

/**
 * The month for the accounting firm, in one zip: the livre-journal (CSV and spreadsheet), the
 * bank statements filed for the month, every justificatif named `YYYY-MM-DD_montant_vendor`
 * as the journal's "Pièce" column names it, and the list of what is still missing.
 */
export async function monthArchive(
  db: Database,
  files: FileStore,
  freelancerId: string,
  month: string,
): Promise<MonthArchive> {
  const range = monthRange(month);
  if (!range) throw new InvalidPeriodError(month);
  const entries = await journalEntries(db, freelancerId, range);
  const totals = totals2035(entries);
  const zip = new JSZip();
  const names: string[] = [];
  const add = (name: string, data: Uint8Array | string) => {
    zip.file(name, data, { date: new Date(`${range.to}T12:00:00Z`) });
    names.push(name);
  };

  add(`livre-journal_${month}.csv`, journalCsv(entries));
  add(
    `livre-journal_${month}.xlsx`,
    await journalXlsx(entries, totals, `Livre-journal — ${frenchMonthLabel(month)}`),
  );

  const statements = await db.monthStatement.findMany({
    where: { freelancerId, month },
    orderBy: { createdAt: 'asc' },
  });
  const statementNames = new Set<string>();
  for (const statement of statements) {
    const name = freeName(statement.fileName.replace(/[\\/]/g, '_'), statementNames);
    statementNames.add(name);
    add(`releves/${name}`, await files.get(statement.fileSha256));
  }

  const written = new Set<string>();
  for (const piece of entries.flatMap((entry) => entry.pieces)) {
    if (written.has(piece.archiveName)) continue;
    written.add(piece.archiveName);
    add(`justificatifs/${piece.archiveName}`, await files.get(piece.fileSha256));
  }

  const missing = await listMissingReceipts(db, freelancerId, month);
  const missingCsv = [
    ['Date', 'Compte', 'Libellé', 'Montant', 'Reste à justifier'],
    ...missing.missing.map((row) => [
      row.date,
      row.accountName,
      row.label,
      frenchDecimal(row.amountCents),
      frenchDecimal(row.remainingCents),
    ]),
  ];
  add(
    'justificatifs-manquants.csv',
    `\ufeff${missingCsv.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`,
  );
  add(
    'LISEZ-MOI.txt',
    readme(
      month,
      entries.length,
      written.size,
      missing.missing.length,
      statements.length,
      totals.resultCents,
    ),
  );

  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return {
    bytes,
    files: names,
    missingReceipts: missing.missing.length,
    statements: statements.length,
  };
}

function readme(
  month: string,
  operations: number,
  receipts: number,
  missing: number,
  statements: number,
  resultCents: number,
): string {
  return [
    `Pointage — ${frenchMonthLabel(month)}`,
    '',
    `${operations} opération(s) au livre-journal.`,
    `Résultat du mois : ${formatMoney(resultCents)}.`,
    `${receipts} justificatif(s) dans justificatifs/,`,
    '  nommés date_montant_fournisseur comme dans la colonne « Pièce » du livre-journal.',
    `${missing} opération(s) sans justificatif : voir justificatifs-manquants.csv.`,
    `${statements} relevé(s) de compte dans releves/.`,
    '',
  ].join('\r\n');
}
