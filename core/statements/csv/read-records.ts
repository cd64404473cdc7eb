import { parse } from 'csv-parse/sync';
import { err, ok, type Result } from '../../result/result.ts';
import type { StatementError } from '../statement-types.ts';

export type CsvDelimiter = ';' | ',' | '\t';

export const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];

/** One CSV record and the 1-based physical line it starts on. */
export interface CsvRecord {
  readonly cells: readonly string[];
  readonly line: number;
}

interface ParsedWithInfo {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/**
 * Splits the text into records with csv-parse, so quoted cells keep their separators and line
 * breaks. CRLF becomes LF first: csv-parse counts CRLF lines wrongly, and the line numbers are
 * what error messages give people. Empty lines are skipped; their lines still count.
 */
export function readRecords(
  text: string,
  delimiter: CsvDelimiter,
): Result<CsvRecord[], StatementError> {
  const input = text.replace(/\r\n/g, '\n');
  let parsed: ParsedWithInfo[];
  // With relax_column_count, csv-parse still builds (and drops) a CsvError for every record whose
  // width differs from the first one (a bank preamble line): without stack traces that costs little.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    parsed = parse(input, {
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as ParsedWithInfo[];
  } catch (error) {
    return err(toMalformed(error));
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }

  // csv-parse reports the line a record ends on; line breaks inside quoted cells came before it.
  return ok(
    parsed.map(({ record, info }) => {
      const breaks = record.reduce((count, cell) => count + countBreaks(cell), 0);
      return { cells: record, line: info.lines - breaks };
    }),
  );
}

/** The cells of one physical line alone, or null when its quotes do not close on it. */
export function readLine(line: string, delimiter: CsvDelimiter): readonly string[] | null {
  try {
    const [record] = parse(line, { delimiter, relax_quotes: true, relax_column_count: true });
    return (record as string[] | undefined) ?? [];
  } catch {
    return null;
  }
}

function countBreaks(cell: string): number {
  let count = 0;
  for (const char of cell) if (char === '\n') count += 1;
  return count;
}

function toMalformed(error: unknown): StatementError {
  const line = typeof error === 'object' && error !== null && 'lines' in error ? error.lines : null;
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'MALFORMED',
    line: typeof line === 'number' ? line : null,
    message: `the CSV quoting is broken: ${reason}`,
  };
}
