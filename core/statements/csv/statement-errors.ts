import type { StatementError, StatementNotice } from '../statement-types.ts';

/**
 * Errors and notices of the CSV reader. Messages name the column and the value; the line is in
 * `line`, and the edge (`describeStatementError`) puts the file name and line in front.
 */

export function badAmount(
  line: number,
  column: string,
  value: string,
  reason: string,
): StatementError {
  const message = `${column} "${value}" is not a readable amount (${reason})`;
  return { code: 'BAD_AMOUNT', line, message };
}

export function badDate(line: number, column: string, value: string): StatementError {
  const problem = value === '' ? 'is empty' : `"${value}" is not a date or no such day exists`;
  return { code: 'BAD_DATE', line, message: `${column} ${problem}` };
}

export function malformed(line: number | null, message: string): StatementError {
  return { code: 'MALFORMED', line, message };
}

export function notice(line: number | null, message: string): StatementNotice {
  return { line, message };
}
