import type { CalendarDate } from '../dates/calendar-date.ts';

/** The normalised shape every statement parser produces; the ledger only ever sees this. */

export type StatementFormat = 'ofx' | 'qif' | 'camt' | 'cfonb120' | 'mt940' | 'csv';

export type ParsedAccountKind = 'CHECKING' | 'DEFERRED_CARD' | 'SAVINGS' | 'UNKNOWN';

export interface ParsedSplit {
  readonly amountCents: number;
  /** Category or transfer account as the file writes it (`[Livret Pro]`, `Cotisations`). */
  readonly category: string | null;
  readonly memo: string | null;
}

export interface ParsedTransaction {
  /** The source's own id (FITID, AcctSvcrRef, Qonto id…), null when absent or not an id. */
  readonly providerId: string | null;
  readonly status: 'BOOKED' | 'PENDING';
  /** The date the books use: booking date in Europe/Paris. */
  readonly bookingDate: CalendarDate;
  readonly valueDate: CalendarDate | null;
  /** The date the operation happened (card date) when the file gives it. */
  readonly operationDate: CalendarDate | null;
  /** Signed: credits positive, debits negative. */
  readonly amountCents: number;
  readonly currency: string;
  /** Every text of the row as the bank wrote it, joined with ` | `, for rules and audits. */
  readonly rawLabel: string;
  /** The main human label (NAME, Libellé, RmtInf…). */
  readonly label: string;
  readonly counterparty: string | null;
  readonly counterpartyIban: string | null;
  readonly memo: string | null;
  /** Line (1-based) where the record starts in the file. */
  readonly line: number;
  readonly splits: readonly ParsedSplit[];
  /** What the file itself says about the nature (Shine "Transaction personnelle", bank category). */
  readonly hints: { readonly personal?: boolean; readonly bankCategory?: string };
}

export interface ParsedBalance {
  readonly kind: 'OPENING' | 'CLOSING' | 'AVAILABLE' | 'INTERMEDIATE';
  readonly date: CalendarDate;
  readonly amountCents: number;
  readonly currency: string;
}

export interface ParsedAccount {
  /** Account number, IBAN or masked card number as the file gives it; null when it gives none. */
  readonly ref: string | null;
  readonly iban: string | null;
  readonly bankId: string | null;
  readonly kind: ParsedAccountKind;
  readonly name: string | null;
  readonly currency: string;
  readonly balances: readonly ParsedBalance[];
  readonly transactions: readonly ParsedTransaction[];
}

export interface StatementNotice {
  readonly line: number | null;
  readonly message: string;
}

export interface ParsedStatement {
  readonly format: StatementFormat;
  /** Bank preset or version (`societe-generale`, `camt.053.001.08`, `ofx-1.02`). */
  readonly variant: string;
  readonly encoding: string;
  readonly accounts: readonly ParsedAccount[];
  readonly notices: readonly StatementNotice[];
}

export type StatementErrorCode =
  | 'UNKNOWN_FORMAT'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'MALFORMED'
  | 'BAD_AMOUNT'
  | 'BAD_DATE'
  | 'TRUNCATED'
  | 'BALANCE_MISMATCH'
  | 'MISSING_FIELD';

export interface StatementError {
  readonly code: StatementErrorCode;
  /** 1-based line the problem is on, when there is one. */
  readonly line: number | null;
  readonly message: string;
}
