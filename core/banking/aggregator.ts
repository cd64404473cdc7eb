import type { CalendarDate } from '../dates/calendar-date.ts';
import type {
  ParsedAccountKind,
  ParsedBalance,
  ParsedTransaction,
} from '../statements/statement-types.ts';

/**
 * What Pointage needs from a bank-data aggregator (PSD2 AISP). Enable Banking implements it;
 * GoCardless Bank Account Data (requisitions, agreements) and Bridge (items) fit the same shape:
 * a bank chosen from a list, a redirect with a code, a consent with an end date, accounts with
 * paged transactions. Failures are thrown as the typed errors of aggregator-errors.ts.
 */
export interface BankAggregator {
  readonly provider: AggregatorProvider;
  /** Banks of a country; `search` ignores accents and case ("societe" finds "Société"). */
  listBanks(query: { country: string; search?: string }): Promise<readonly BankSummary[]>;
  /** Opens a consent at the bank; the person follows `url` and comes back with a code. */
  startAuthorisation(request: AuthorisationRequest): Promise<AuthorisationStart>;
  /** Trades the redirect's code for a session and the accounts the person shared. */
  completeAuthorisation(code: string): Promise<BankSession>;
  getSessionStatus(sessionId: string): Promise<SessionStatus>;
  fetchTransactions(accountId: string, window: TransactionWindow): Promise<FetchedTransactions>;
  fetchBalances(accountId: string): Promise<readonly ParsedBalance[]>;
  /** Ends the consent at the aggregator; a session already gone is not an error. */
  revokeSession(sessionId: string): Promise<void>;
}

export type AggregatorProvider = 'ENABLE_BANKING';

export interface BankRef {
  readonly name: string;
  readonly country: string;
}

export interface BankSummary extends BankRef {
  /** The longest consent the bank grants, in seconds (180 days since July 2023, some 90). */
  readonly maximumConsentSeconds: number | null;
  readonly psuTypes: readonly PsuType[];
  readonly logoUrl: string | null;
}

export type PsuType = 'personal' | 'business';

export interface AuthorisationRequest {
  readonly bank: BankRef;
  readonly psuType: PsuType;
  /** Opaque value echoed on the redirect; ties the code to the connection that asked. */
  readonly state: string;
  readonly redirectUrl: string;
}

export interface AuthorisationStart {
  readonly url: string;
  readonly authorisationId: string;
  /** The consent end asked for (bank maximum minus a margin). */
  readonly validUntil: Date;
}

export interface BankSession {
  readonly sessionId: string;
  readonly validUntil: Date;
  readonly bank: BankRef;
  readonly accounts: readonly ProviderAccount[];
}

export type SessionStatus =
  | 'AUTHORIZED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'EXPIRED'
  | 'INVALID'
  | 'PENDING_AUTHORIZATION'
  | 'RETURNED_FROM_BANK'
  | 'REVOKED';

export interface ProviderAccount {
  /** The aggregator's id for the account in this session (new after each renewal). */
  readonly providerAccountId: string;
  readonly iban: string | null;
  readonly name: string | null;
  readonly currency: string;
  readonly kind: ParsedAccountKind;
  /** Whether the bank says the account is a business one (`ORGA`), personal (`PRIV`) or neither. */
  readonly usage: 'BUSINESS' | 'PERSONAL' | null;
}

export interface TransactionWindow {
  readonly dateFrom: CalendarDate;
  readonly dateTo?: CalendarDate;
}

export type PagingStop = 'LAST_PAGE' | 'REPEATED_KEY' | 'EMPTY_PAGE_WITH_KEY' | 'PAGE_LIMIT';

export interface FetchedTransactions {
  readonly transactions: readonly ParsedTransaction[];
  /** False when paging stopped before the bank said it was done: the window is synced again. */
  readonly complete: boolean;
  readonly stop: PagingStop;
  readonly pages: number;
  /** Rows left out, with why (unknown status, unreadable amount); never a silent 0. */
  readonly skipped: readonly string[];
}
