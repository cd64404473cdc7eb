import type { StaffMember } from '../../core/staff/staff-accounts.ts';

/**
 * What the dashboard shows from areas built beside it (monthly collection, receipts, Temporal),
 * as small interfaces: the serve command gives the real ones, tests give stand-ins, and a page
 * says "non disponible" where none is given.
 */

export type MonthStatus = 'open' | 'collecting' | 'escalated' | 'paused' | 'complete' | 'closed';

export interface MonthSummary {
  /** `YYYY-MM`, a Paris month. */
  readonly month: string;
  readonly status: MonthStatus;
  readonly transactionCount: number;
  readonly toConfirmCount: number;
  /** Null when the receipts area does not say. */
  readonly missingReceiptsCount: number | null;
  readonly statementReceived: boolean | null;
  /** Reminders the collection sent for the month; null when none collected it. */
  readonly remindersSent: number | null;
  readonly closedAt: Date | null;
}

export interface MonthsPort {
  /** The `count` latest Paris months up to the current one, newest first. */
  listMonths(input: {
    firmId: string;
    freelancerId: string;
    now: Date;
    count: number;
  }): Promise<MonthSummary[]>;
  /** Staff close a month: nothing more is collected or reminded for it. Closing twice is a no-op. */
  closeMonth(input: {
    staff: StaffMember;
    freelancerId: string;
    month: string;
    now: Date;
  }): Promise<void>;
}

export interface WorkflowSummary {
  readonly workflowId: string;
  /** The PointageKind search attribute (connection-lifecycle, monthly-collection…) or the type. */
  readonly type: string;
  /** Temporal's status name: RUNNING, COMPLETED, FAILED, TIMED_OUT, TERMINATED… */
  readonly status: string;
  readonly startedAt: Date | null;
  /** Why it needs someone (failed, or stuck on an activity that keeps failing). */
  readonly problem: string | null;
  /** The workflow in the Temporal UI, when its address is configured. */
  readonly url: string | null;
}

export interface WorkflowsPort {
  listForFreelancer(input: { freelancerId: string }): Promise<WorkflowSummary[]>;
}

export interface ReceiptLink {
  readonly receiptId: string;
  readonly fileName: string;
}

export interface ReceiptFileContent {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly mimeType: string;
}

export interface ReceiptsPort {
  /** Receipts matched to each of these transactions of the freelancer. */
  receiptsFor(input: {
    freelancerId: string;
    transactionIds: readonly string[];
  }): Promise<ReadonlyMap<string, readonly ReceiptLink[]>>;
  /** The file of one of the freelancer's receipts; null when it is not theirs or not found. */
  openReceipt(input: {
    freelancerId: string;
    receiptId: string;
  }): Promise<ReceiptFileContent | null>;
}

/** The bank side of the public pages: the renew link of reminders and the bank's redirect. */
export interface BankLinksPort {
  /** A new consent for the connection: the bank's page to go to. */
  renew(connectionId: string): Promise<{ readonly url: string }>;
  /** The bank sent the person back: the consent is stored and the accounts listed. */
  complete(redirect: { code: string; state: string }): Promise<{
    readonly validUntil: string;
    readonly accounts: ReadonlyArray<{
      readonly name: string;
      readonly ibanTail: string | null;
      readonly active: boolean;
    }>;
  }>;
}
