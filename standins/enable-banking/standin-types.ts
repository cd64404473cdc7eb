/**
 * The stand-in's picture of the bank: what the person really has, from which it renders the
 * Enable Banking answers, faithfully or with one of the field failures of bank-sync.md §4.
 */

export interface StandInBank {
  readonly name: string;
  readonly country: string;
  /** Seconds; 15 552 000 = 180 days, 7 776 000 = 90 days. */
  readonly maximumConsentSeconds: number;
  readonly psuTypes: readonly ('personal' | 'business')[];
}

/** One movement as the bank knows it; rendered with ids and dates according to the switches. */
export interface BankRow {
  /** The bank's own reference; becomes `transaction_id` unless a switch says otherwise. */
  ref: string;
  status: 'BOOK' | 'PDNG';
  /** Unsigned, as Enable Banking sends it. */
  amount: string;
  indicator: 'CRDT' | 'DBIT';
  currency?: string;
  bookingDate: string | null;
  valueDate: string | null;
  transactionDate: string | null;
  remittance: string[];
  counterpartyName?: string;
  counterpartyIban?: string;
}

export interface StandInAccount {
  iban: string | null;
  name: string;
  currency: string;
  /** ISO 20022: CACC current account, CARD card, SVGS savings. */
  cashAccountType: string;
  usage: 'ORGA' | 'PRIV';
  balance: string;
  rows: BankRow[];
}

/** Each failure the stand-in can be switched into (bank-sync.md §4, the aggregator ones). */
export interface StandInSwitches {
  /** Rows per page; small so that paging is exercised. */
  pageSize: number;
  /** First-page transaction (and balance) calls allowed per account and day (B02), null = none. */
  dailyCallLimit: number | null;
  /** Page 2 returns page 1's rows and the key it was given (B11). */
  repeatedKey: boolean;
  /** Pages after the first are empty but carry a key (B12). */
  emptyPageWithKey: boolean;
  /** Pending rows with every date and reference null (B13). */
  pendingNullDates: boolean;
  /** No transaction_id, entry_reference "0" (B13). */
  entryReferenceZero: boolean;
  /** No transaction_id, entry_reference `YYYY-MM-DD-N` by position in the day. */
  positionalEntryReference: boolean;
  /** Booked rows get new transaction_id and entry_reference on every sync (B14). */
  idChurn: boolean;
  /** The person withdrew consent at the bank: data calls fail with REVOKED_SESSION. */
  revoked: boolean;
  /** The bank wants the person (new terms, SCA): ASPSP_PSU_ACTION_REQUIRED. */
  psuActionRequired: boolean;
  /** The bank is down: ASPSP_ERROR with 500. */
  bankDown: boolean;
}

export const FAITHFUL: StandInSwitches = {
  pageSize: 2,
  dailyCallLimit: 4,
  repeatedKey: false,
  emptyPageWithKey: false,
  pendingNullDates: false,
  entryReferenceZero: false,
  positionalEntryReference: false,
  idChurn: false,
  revoked: false,
  psuActionRequired: false,
  bankDown: false,
};

export interface StandInAuthorisation {
  readonly id: string;
  readonly code: string;
  readonly state: string;
  readonly redirectUrl: string;
  readonly validUntil: string;
  readonly bank: StandInBank;
  readonly psuType: string;
  used: boolean;
}

export interface StandInSession {
  readonly id: string;
  readonly validUntil: string;
  readonly bank: StandInBank;
  readonly psuType: string;
  /** Session account uid → index in the person's accounts. New uids for every session. */
  readonly accounts: ReadonlyMap<string, number>;
  readonly createdAt: string;
  closed: boolean;
}

/** One call as the stand-in saw it, for tests to count (B03) and inspect (B10). */
export interface StandInCall {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly status: number;
}
