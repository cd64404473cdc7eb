import type { CalendarDate } from '../../dates/calendar-date.ts';
import type { PaymentReferences } from '../receipt-types.ts';

/** The settings a firm may tune; the defaults suit a freelancer's pro account. */
export interface MatchSettings {
  /** At or above: matched without asking (when clearly ahead of the next candidate). */
  readonly autoThreshold: number;
  /** At or above (and below the auto threshold): the user chooses among the candidates. */
  readonly askThreshold: number;
  /** How far the best candidate must lead the second to be matched without asking. */
  readonly leadMargin: number;
  /** A gap up to this is accepted and shown as a write-off (B28: 42,42 vs 42,41). */
  readonly roundingToleranceCents: number;
  /** Payment at most this many days after the invoice date (or 30 after the due date). */
  readonly windowDays: number;
  /** Payment may precede the invoice date by this much (a hotel paid at check-in). */
  readonly earlyDays: number;
  /** The bank's margin over the day rate for a foreign-currency card payment, in percent. */
  readonly fxMarginPercent: number;
  /** At most this many payments for one invoice (instalments). */
  readonly maxInstalments: number;
}

export const DEFAULT_MATCH_SETTINGS: MatchSettings = {
  autoThreshold: 0.85,
  askThreshold: 0.6,
  leadMargin: 0.1,
  roundingToleranceCents: 2,
  windowDays: 45,
  earlyDays: 5,
  fxMarginPercent: 3,
  maxInstalments: 4,
};

/** What matching needs to know of a receipt. */
export interface ReceiptFacts {
  readonly id: string;
  /** `income` for the invoices the freelancer issued (recettes). */
  readonly direction: 'expense' | 'income';
  /** Signed in the document currency (a credit note is negative); null when unread. */
  readonly totalCents: number | null;
  readonly amountDueCents: number | null;
  readonly currency: string;
  readonly issueDate: CalendarDate | null;
  readonly dueDate: CalendarDate | null;
  /** The issuer's names, or the customer's for an issued invoice: who the bank line names. */
  readonly partyNames: readonly string[];
  readonly number: string | null;
  readonly references: PaymentReferences;
}

/** What matching needs to know of a bank movement. */
export interface TransactionFacts {
  readonly id: string;
  readonly accountId: string;
  readonly accountKind: string;
  /** Account number or masked card number as the bank gives it. */
  readonly accountRef: string | null;
  readonly accountIban: string | null;
  readonly bookingDate: CalendarDate;
  readonly operationDate: CalendarDate | null;
  /** Signed euro cents. */
  readonly amountCents: number;
  /** What is left to justify once confirmed matches are deducted (signed like the amount). */
  readonly remainingCents: number;
  readonly rawLabel: string;
}

export type CandidateKind = 'exact' | 'rounding' | 'fx' | 'instalments' | 'partial' | 'stated';

export interface Allocation {
  readonly transactionId: string;
  /** Signed like the transaction. */
  readonly cents: number;
}

export interface Candidate {
  readonly kind: CandidateKind;
  readonly allocations: readonly Allocation[];
  /** The card's foreign-currency fee lines that go with the payment. */
  readonly feeTransactionIds: readonly string[];
  /** 0 to 1. */
  readonly confidence: number;
  /** Accepted rounding gap, signed like the transaction (transaction − document). */
  readonly writeOffCents: number;
  /** Why, for the user and the audit: "montant exact", "n° de facture dans le libellé"… */
  readonly reasons: readonly string[];
}

export type MatchDecision =
  | {
      readonly outcome: 'matched';
      readonly best: Candidate;
      readonly candidates: readonly Candidate[];
    }
  | { readonly outcome: 'choose'; readonly candidates: readonly Candidate[] }
  | { readonly outcome: 'unmatched'; readonly candidates: readonly Candidate[] };
