import type { StatementError, StatementNotice } from '../statement-types.ts';

/** Errors and notices of the CSV reader; messages name the line, the column and the value. */

export function badAmount(line: number, column: string, value: string, reason: string): StatementError {
  return {
    code: 'BAD_AMOUNT',
    line,
    message: `line ${line}: ${column} "${value}" is not a readable amount (${reason})`,
  };
}

export function badDate(line: number, column: string, value: string): StatementError {
  const problem = value === '' ? 'is empty' : `"${value}" is not a date or no such day exists`;
  return { code: 'BAD_DATE', line, message: `line ${line}: ${column} ${problem}` };
}

export function malformed(line: number | null, message: string): StatementError {
  return { code: 'MALFORMED', line, message: line === null ? message : `line ${line}: ${message}` };
}

export function notice(line: number | null, message: string): StatementNotice {
  return { line, message };
}
