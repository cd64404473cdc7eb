import type { Database } from '../../db/prisma-client.ts';
import type { FileStore } from '../../files/file-store.ts';
import { frenchMonthLabel } from '../../dates/french-month.ts';
import { exportPeriod, type ExportPeriod } from './export-period.ts';
import { journalCsv } from './journal-csv.ts';
import { journalEntries } from './journal-entries.ts';
import { journalXlsx } from './journal-xlsx.ts';
import { monthArchive } from './month-archive.ts';
import { totals2035 } from './totals-2035.ts';

export type ExportFormat = 'csv' | 'xlsx' | 'zip';

export interface BooksExport {
  readonly bytes: Uint8Array;
  /** A default file name: `livre-journal_2026-10.csv`, `pointage_2026-10.zip`. */
  readonly fileName: string;
  readonly entries: number;
}

export class ArchiveNeedsMonthError extends Error {
  readonly code = 'ARCHIVE_NEEDS_MONTH';
  constructor(readonly period: string) {
    super(`the archive for the firm is made per month: use --month YYYY-MM instead of ${period}`);
  }
}

/** The books of a month or a year in the format asked; the month archive for `zip`. */
export async function exportBooks(
  db: Database,
  files: FileStore,
  freelancerId: string,
  periodText: string,
  format: ExportFormat,
): Promise<BooksExport> {
  const period = exportPeriod(periodText);
  switch (format) {
    case 'zip': {
      if (period.kind !== 'month') throw new ArchiveNeedsMonthError(period.name);
      const archive = await monthArchive(db, files, freelancerId, period.name);
      return {
        bytes: archive.bytes,
        fileName: `pointage_${period.name}.zip`,
        entries: archive.files.length,
      };
    }
    case 'csv': {
      const entries = await journalEntries(db, freelancerId, period);
      return {
        bytes: new TextEncoder().encode(journalCsv(entries)),
        fileName: `livre-journal_${period.name}.csv`,
        entries: entries.length,
      };
    }
    case 'xlsx': {
      const entries = await journalEntries(db, freelancerId, period);
      const bytes = await journalXlsx(entries, totals2035(entries), titleOf(period));
      return { bytes, fileName: `livre-journal_${period.name}.xlsx`, entries: entries.length };
    }
  }
}

function titleOf(period: ExportPeriod): string {
  return period.kind === 'month'
    ? `Livre-journal — ${frenchMonthLabel(period.name)}`
    : `Livre-journal et totaux 2035 — ${period.name}`;
}
