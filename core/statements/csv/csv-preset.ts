import type { Result } from '../../result/result.ts';
import type {
  ParsedAccountKind,
  ParsedBalance,
  ParsedTransaction,
  StatementError,
} from '../statement-types.ts';
import type { CsvDateFormat } from './csv-dates.ts';
import type { CsvDelimiter, CsvRecord } from './read-records.ts';

/**
 * A bank's CSV layout, declared: header signature, columns, date format, decimal mark, sign
 * convention and how its preamble names the account. The engine does the reading.
 */
export interface CsvPreset {
  /** Becomes `ParsedStatement.variant`. */
  readonly id: string;
  /** The header cells the layout must have, as the bank spells them (compared without accents). */
  readonly header: readonly string[];
  /** For layouts without a header: how to recognise the file; `header` then names the positions. */
  readonly headerless?: HeaderlessRule;
  /** A catch-all layout: chosen only when no bank's signature matches. */
  readonly isGeneric?: boolean;
  readonly dateFormat: CsvDateFormat;
  readonly decimalMark: ',' | '.';
  readonly amount: AmountRule;
  /** A second way the same row writes its amount; the two must agree. */
  readonly amountCheck?: AmountRule;
  readonly columns: PresetColumns;
  readonly status?: StatusRule;
  /** A balance after each row; the latest booked one becomes the closing balance. */
  readonly runningBalance?: { readonly column: string; readonly decimalMark: ',' | '.' };
  /** Cells carry HTML entities, decoded after splitting. */
  readonly htmlEntities?: boolean;
  readonly accountKind: ParsedAccountKind;
  /** Reads the lines above the header (account number, balance, row count). */
  readonly readPreamble?: (records: readonly CsvRecord[]) => Result<AccountHead, StatementError>;
  /** A line among the rows that opens another account (a card section) or is to be passed over. */
  readonly readSection?: (record: CsvRecord) => AccountHead | 'skip' | null;
  /** Several accounts in one file, each row naming its own. */
  readonly accountPerRow?: { readonly ref: string; readonly name: string };
  /** Last touches a declaration cannot express. */
  readonly refine?: (transaction: ParsedTransaction, row: CsvRow) => ParsedTransaction;
}

export type AmountRule =
  | { readonly kind: 'signed'; readonly column: string }
  /** Separate columns; a debit counts as money out whether written `290,00` or `-290,00`. */
  | { readonly kind: 'debit-credit'; readonly debit: string; readonly credit: string };

export type RowStatus = 'BOOKED' | 'PENDING' | 'SKIPPED';

export interface StatusRule {
  readonly column: string;
  /** Keys in lower case. */
  readonly values: Readonly<Record<string, RowStatus>>;
}

export interface PresetColumns {
  /** The first non-empty one is the booking date (a pending row has no settlement date yet). */
  readonly bookingDate: readonly string[];
  readonly valueDate?: string;
  readonly operationDate?: string;
  /** The most complete label the bank gives. */
  readonly label: string;
  /** Every label-like column, joined into `rawLabel`; defaults to the label alone. */
  readonly texts?: readonly string[];
  readonly memo?: string;
  readonly counterparty?: string;
  readonly counterpartyIban?: string;
  readonly currency?: string;
  /** The bank's category columns, most specific first. */
  readonly category?: readonly string[];
  readonly providerId?: string;
  /** A yes/no column saying the row is personal (Shine "Transaction personnelle"). */
  readonly personal?: string;
  /** A fee charged on top of the amount (Revolut); it becomes a line of its own. */
  readonly fee?: string;
}

export interface HeaderlessRule {
  readonly delimiter: CsvDelimiter;
  /** Records before the first row (the account line). */
  readonly preambleRecords: number;
  /** Given the first physical lines split by the delimiter. */
  matches(lines: readonly (readonly string[])[]): boolean;
}

/** What a preamble or section line says about an account. */
export interface AccountHead {
  readonly ref: string | null;
  readonly name: string | null;
  readonly kind: ParsedAccountKind;
  readonly currency: string;
  readonly balances: readonly ParsedBalance[];
  /** How many rows the bank says the file holds (Société Générale line 1). */
  readonly expectedCount: number | null;
}

/** One data row, its cells looked up by header name. */
export interface CsvRow {
  readonly line: number;
  /** The cleaned cell, or '' when the column is absent or not named. */
  cell(name: string | undefined): string;
}

export function accountHead(
  kind: ParsedAccountKind,
  fields: Partial<AccountHead> = {},
): AccountHead {
  return {
    ref: null,
    name: null,
    currency: 'EUR',
    balances: [],
    expectedCount: null,
    ...fields,
    kind,
  };
}
