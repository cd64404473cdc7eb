import { readFixture } from '../../../test/fixtures.ts';
import type { Result } from '../../result/result.ts';
import { decodeStatementBytes } from '../decode-bytes.ts';
import type {
  ParsedAccount,
  ParsedStatement,
  ParsedTransaction,
  StatementError,
} from '../statement-types.ts';
import { csvParser } from './csv-parser.ts';

/** Helpers for the CSV tests: parse a fixture or an inline text through the public parser. */

export function parseCsvFixture(relative: string): Result<ParsedStatement, StatementError> {
  const bytes = readFixture(`statements/${relative}`);
  return csvParser.parse({ fileName: relative, decoded: decodeStatementBytes(bytes), bytes });
}

export function parseCsvText(
  text: string,
  fileName = 'inline.csv',
): Result<ParsedStatement, StatementError> {
  const bytes = new TextEncoder().encode(text);
  return csvParser.parse({ fileName, decoded: decodeStatementBytes(bytes), bytes });
}

/** The parsed statement, or a thrown error carrying the parser's message. */
export function parsedOrThrow(result: Result<ParsedStatement, StatementError>): ParsedStatement {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function errorOf(result: Result<ParsedStatement, StatementError>): StatementError {
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error;
}

export interface AccountSummary {
  readonly booked: number;
  readonly pending: number;
  readonly credits: number;
  readonly debits: number;
}

/** Counts and sums in cents over booked rows, as EXPECTED.md writes them. */
export function summarize(accounts: readonly ParsedAccount[]): AccountSummary {
  const all = accounts.flatMap((account) => account.transactions);
  const booked = all.filter((transaction) => transaction.status === 'BOOKED');
  const sum = (rows: readonly ParsedTransaction[]) =>
    rows.reduce((total, row) => total + row.amountCents, 0);
  return {
    booked: booked.length,
    pending: all.length - booked.length,
    credits: sum(booked.filter((row) => row.amountCents > 0)),
    debits: sum(booked.filter((row) => row.amountCents < 0)),
  };
}

export function allTransactions(statement: ParsedStatement): readonly ParsedTransaction[] {
  return statement.accounts.flatMap((account) => account.transactions);
}

/** The transaction a record starting on `line` became (the first, when a fee adds a second). */
export function transactionOnLine(statement: ParsedStatement, line: number): ParsedTransaction {
  const found = allTransactions(statement).find((transaction) => transaction.line === line);
  if (!found) throw new Error(`no transaction starts on line ${line}`);
  return found;
}
