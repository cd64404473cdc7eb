import type { CollectionRecord } from '../collection/collection-record.ts';
import type { CollectionState } from '../collection/collection-month.ts';

/** The freelancer's latest collected month, as the overview shows it. */
export interface CollectionOverview {
  readonly month: string;
  readonly state: CollectionState;
  readonly statementsMissing: number;
  readonly receiptsMissing: number;
  readonly remindersSent: number;
  readonly escalatedAt: string | null;
}

export function toCollectionOverview(record: CollectionRecord): CollectionOverview {
  return {
    month: record.month,
    state: record.state,
    statementsMissing: record.statementsMissing,
    receiptsMissing: record.receiptsMissing,
    remindersSent: record.remindersSent,
    escalatedAt: record.escalatedAt ? record.escalatedAt.toISOString() : null,
  };
}

/** Escalated months first, then months still collecting, more missing before less. */
export function collectionAttention(collection: CollectionOverview | null): number {
  if (!collection) return 0;
  const missing = Math.min(collection.statementsMissing + collection.receiptsMissing, 50);
  switch (collection.state) {
    case 'ESCALATED':
      return 250 + missing;
    case 'COLLECTING':
    case 'PAUSED':
      return missing;
    case 'COMPLETE':
    case 'CLOSED':
      return 0;
  }
}

/** A failing or stuck workflow outranks everything but a broken bank link. */
export const WORKFLOW_PROBLEM_ATTENTION = 600;
