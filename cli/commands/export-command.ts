import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ArchiveNeedsMonthError,
  exportBooks,
  type ExportFormat,
} from '../../core/books/exports/export-books.ts';
import { InvalidPeriodError } from '../../core/books/exports/export-period.ts';
import type { AppConfig } from '../../core/config/env.ts';
import { createFolderFileStore } from '../../core/files/file-store.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { CliError } from '../cli-error.ts';
import { openDatabase } from '../runtime.ts';

const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'zip'];

export interface ExportArgs {
  readonly freelancer: string;
  readonly month?: string;
  readonly year?: string;
  readonly format?: string;
  readonly out?: string;
}

/** `pointage export --month 2026-10 --format zip --out octobre.zip`: the books as files. */
export async function exportCommand(
  config: AppConfig,
  logger: Logger,
  args: ExportArgs,
): Promise<string> {
  const period = args.month ?? args.year;
  if (!period || (args.month && args.year))
    throw new CliError('export needs either --month YYYY-MM or --year YYYY');
  const format = (args.format ?? 'csv') as ExportFormat;
  if (!FORMATS.includes(format))
    throw new CliError(`--format must be one of ${FORMATS.join(', ')} (got "${args.format}")`);

  const database = await openDatabase(config, logger);
  try {
    const files = createFolderFileStore(path.join(config.dataDir, 'files'));
    const result = await exportBooks(database.db, files, args.freelancer, period, format);
    const out = path.resolve(args.out ?? result.fileName);
    await writeFile(out, result.bytes);
    const counted = format === 'zip' ? 'fichiers' : 'opérations';
    return `${out} (${result.bytes.byteLength} octets, ${result.entries} ${counted})`;
  } catch (error) {
    if (error instanceof InvalidPeriodError || error instanceof ArchiveNeedsMonthError)
      throw new CliError(error.message);
    throw error;
  } finally {
    await database.close();
  }
}
