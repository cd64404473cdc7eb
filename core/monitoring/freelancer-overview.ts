import type { Database } from '../db/prisma-client.ts';
import { daysBetween, parisDateOf, type CalendarDate } from '../dates/calendar-date.ts';
import { latestCollectionRecords } from '../collection/collection-record.ts';
import {
  collectionAttention,
  toCollectionOverview,
  WORKFLOW_PROBLEM_ATTENTION,
  type CollectionOverview,
} from './collection-overview.ts';
import type { WorkflowProblem } from './workflow-problem.ts';

export interface ConnectionOverview {
  readonly connectionId: string;
  readonly label: string;
  readonly provider: string;
  readonly state: string;
  readonly consentValidUntil: string | null;
  /** Whole Paris days to the consent end; negative once expired; null for file connections. */
  readonly daysToExpiry: number | null;
  readonly lastSyncAt: string | null;
  readonly lastError: string | null;
}

export interface FreelancerOverview {
  readonly freelancerId: string;
  readonly displayName: string;
  readonly firmId: string | null;
  readonly connections: readonly ConnectionOverview[];
  readonly toConfirmCount: number;
  /** Filled by the receipts and monthly collection areas when they are present. */
  readonly missingReceiptsCount: number | null;
  readonly statementReceived: boolean | null;
  /** The latest month the monthly collection worked on; null before the first one. */
  readonly collection: CollectionOverview | null;
  /** Failing or stuck workflows of this freelancer, when the caller looked them up. */
  readonly workflowProblems: readonly WorkflowProblem[];
  /** Higher first: broken or expired connections, then expiring soon, then work to do. */
  readonly attentionScore: number;
}

const ATTENTION_BY_STATE: Record<string, number> = {
  BROKEN: 1000,
  EXPIRED: 900,
  REVOKED: 500,
  EXPIRING: 300,
  PENDING_AUTH: 200,
  ACTIVE: 0,
};

/**
 * One line per freelancer (of a firm, or all): connections with days to consent expiry, work
 * to confirm. The CLI status, the staff dashboard and the daily digest read this same view.
 */
export async function freelancerOverviews(
  db: Database,
  // freelancerId: one line only (a freelancer's page), with the same rules as the list.
  options: {
    firmId?: string;
    freelancerId?: string;
    now: Date;
    workflowProblems?: readonly WorkflowProblem[];
  },
): Promise<FreelancerOverview[]> {
  const today = parisDateOf(options.now);
  const freelancers = await db.freelancer.findMany({
    where: {
      ...(options.firmId ? { firmId: options.firmId } : {}),
      ...(options.freelancerId ? { id: options.freelancerId } : {}),
    },
    include: { connections: true },
    orderBy: { displayName: 'asc' },
  });
  const toConfirm = await db.transaction.groupBy({
    by: ['accountId'],
    where: {
      toConfirm: true,
      supersededById: null,
      account: { freelancerId: { in: freelancers.map((f) => f.id) } },
    },
    _count: { _all: true },
  });
  const accounts = await db.account.findMany({
    where: { id: { in: toConfirm.map((row) => row.accountId) } },
    select: { id: true, freelancerId: true },
  });
  const ownerOf = new Map(accounts.map((account) => [account.id, account.freelancerId]));
  const toConfirmByFreelancer = new Map<string, number>();
  for (const row of toConfirm) {
    const owner = ownerOf.get(row.accountId);
    if (owner)
      toConfirmByFreelancer.set(owner, (toConfirmByFreelancer.get(owner) ?? 0) + row._count._all);
  }

  const records = await latestCollectionRecords(
    db,
    freelancers.map((f) => f.id),
  );

  const overviews = freelancers.map((freelancer): FreelancerOverview => {
    const connections = freelancer.connections.map((connection): ConnectionOverview => {
      const end = connection.consentValidUntil;
      return {
        connectionId: connection.id,
        label: connection.label,
        provider: connection.provider,
        state: connection.state,
        consentValidUntil: end ? end.toISOString() : null,
        daysToExpiry: end ? daysBetween(today, parisDateOf(end) as CalendarDate) : null,
        lastSyncAt: connection.lastSyncAt ? connection.lastSyncAt.toISOString() : null,
        lastError: connection.lastError,
      };
    });
    const count = toConfirmByFreelancer.get(freelancer.id) ?? 0;
    const connectionScore = Math.max(
      0,
      ...connections.map(
        (connection) =>
          (ATTENTION_BY_STATE[connection.state] ?? 0) +
          (connection.daysToExpiry !== null && connection.daysToExpiry <= 14
            ? 400 - connection.daysToExpiry
            : 0),
      ),
    );
    const record = records.get(freelancer.id);
    const collection = record ? toCollectionOverview(record) : null;
    const problems = (options.workflowProblems ?? []).filter(
      (p) => p.freelancerId === freelancer.id,
    );
    return {
      freelancerId: freelancer.id,
      displayName: freelancer.displayName,
      firmId: freelancer.firmId,
      connections,
      toConfirmCount: count,
      missingReceiptsCount: collection ? collection.receiptsMissing : null,
      statementReceived: collection ? collection.statementsMissing === 0 : null,
      collection,
      workflowProblems: problems,
      attentionScore:
        connectionScore +
        Math.min(count, 99) +
        collectionAttention(collection) +
        (problems.length > 0 ? WORKFLOW_PROBLEM_ATTENTION : 0),
    };
  });
  return overviews.sort(
    (a, b) =>
      b.attentionScore - a.attentionScore || a.displayName.localeCompare(b.displayName, 'fr'),
  );
}
