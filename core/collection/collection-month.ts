import type { TransactionSummary } from '../conversation/conversation-ports.ts';

/** Where one freelancer's month stands; the same names as the `CollectionState` enum. */
export type CollectionState = 'COLLECTING' | 'ESCALATED' | 'PAUSED' | 'COMPLETE' | 'CLOSED';

/** The firm's plan: FULL asks a justificatif for every transaction, LIGHT only the statements. */
export type CollectionPlan = 'FULL' | 'LIGHT';

/** An active bank account whose statement (relevé) for the month has not come in. */
export interface MissingStatement {
  readonly accountId: string;
  readonly accountName: string;
  readonly bankName: string | null;
}

/** What is still missing for a month: statements, and (FULL plan) justificatifs. */
export interface MissingItems {
  readonly month: string;
  readonly statements: readonly MissingStatement[];
  readonly receipts: readonly TransactionSummary[];
}

export function missingCount(items: Pick<MissingItems, 'statements' | 'receipts'>): number {
  return items.statements.length + items.receipts.length;
}
