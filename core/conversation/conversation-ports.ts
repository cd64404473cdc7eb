import type { CalendarDate } from '../dates/calendar-date.ts';
import type { ReceiptErrorCode } from '../receipts/receipt-types.ts';

/**
 * What the conversation needs from receipts and banking, as small interfaces: core/receipts and
 * core/banking (with the connection lifecycle workflow) implement them, tests give stand-ins.
 */

/** A bank movement as the chat shows it. */
export interface TransactionSummary {
  readonly id: string;
  /** The bank's own id (FITID), when it has one. */
  readonly providerId: string | null;
  readonly date: CalendarDate;
  readonly label: string;
  readonly accountName: string;
  readonly amountCents: number;
}

export type AttachOutcome =
  | {
      readonly kind: 'matched';
      readonly receiptId: string;
      readonly transaction: TransactionSummary;
    }
  /** Read or not, but no single transaction: the user chooses (candidates may be empty). */
  | {
      readonly kind: 'to_choose';
      readonly receiptId: string;
      readonly readable: boolean;
      readonly totalCents: number | null;
      readonly candidates: readonly TransactionSummary[];
    }
  | { readonly kind: 'statement'; readonly month: string; readonly accountLabel: string | null }
  | {
      readonly kind: 'duplicate';
      readonly receiptId: string;
      readonly transaction: TransactionSummary | null;
    }
  | { readonly kind: 'rejected'; readonly reason: ReceiptErrorCode };

export interface ReceiptsPort {
  /** Stores the file once (content-addressed), reads it and matches it. */
  attachReceipt(input: {
    freelancerId: string;
    fileName: string;
    mimeType: string | null;
    bytes: Uint8Array;
    /** An amount the user wrote beside the file ("reçu taxi 18,40€"). */
    amountHintCents: number | null;
  }): Promise<AttachOutcome>;
  /**
   * The amount the user typed for a receipt that could not be read; replaces an earlier one
   * (and the match it made). One transaction of that amount is matched at once.
   */
  setReceiptAmount(input: {
    freelancerId: string;
    receiptId: string;
    amountCents: number;
  }): Promise<{
    readonly matched: TransactionSummary | null;
    readonly candidates: readonly TransactionSummary[];
  }>;
  confirmMatch(input: {
    freelancerId: string;
    receiptId: string;
    transactionId: string;
  }): Promise<{ readonly transaction: TransactionSummary }>;
  listMissingReceipts(input: {
    freelancerId: string;
    month: string;
  }): Promise<readonly TransactionSummary[]>;
}

/** The banking side cannot be reached (or is not configured): the person is told to retry. */
export class BankingUnavailableError extends Error {
  readonly code = 'BANKING_UNAVAILABLE';
  constructor(readonly operation: string) {
    super(`banking is unavailable for ${operation}`);
  }
}

export interface BankSummary {
  readonly id: string;
  readonly name: string;
}

export interface ConnectionSummary {
  readonly id: string;
  readonly label: string;
  readonly state: 'PENDING_AUTH' | 'ACTIVE' | 'EXPIRING' | 'EXPIRED' | 'BROKEN' | 'REVOKED';
  readonly consentValidUntil: Date | null;
}

export interface BankingPort {
  searchBanks(input: { query: string; country: string }): Promise<readonly BankSummary[]>;
  /** Starts (or signals) the connection lifecycle workflow; the link opens the bank's page. */
  startLink(input: { freelancerId: string; bankId: string }): Promise<{ readonly url: string }>;
  renew(input: { freelancerId: string; connectionId: string }): Promise<{ readonly url: string }>;
  disconnect(input: { freelancerId: string; connectionId: string }): Promise<void>;
  remindLater(input: { freelancerId: string; connectionId: string; days: number }): Promise<void>;
  listConnections(freelancerId: string): Promise<readonly ConnectionSummary[]>;
}
