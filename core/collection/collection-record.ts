import type { Database } from '../db/prisma-client.ts';
import type { CollectionState } from './collection-month.ts';

/** Where a month's collection stands, as the workflow last wrote it. */
export interface CollectionRecord {
  readonly freelancerId: string;
  readonly month: string;
  readonly firmId: string | null;
  readonly state: CollectionState;
  readonly statementsMissing: number;
  readonly receiptsMissing: number;
  readonly askedAt: Date | null;
  readonly remindersSent: number;
  readonly escalatedAt: Date | null;
  readonly completedAt: Date | null;
  readonly closedBy: string | null;
  readonly checkedAt: Date;
}

/** Writes the workflow's view of the month (the workflow is the source of truth while it runs). */
export async function saveCollectionRecord(db: Database, record: CollectionRecord): Promise<void> {
  const { freelancerId, month, ...fields } = record;
  await db.collectionMonth.upsert({
    where: { freelancerId_month: { freelancerId, month } },
    create: { freelancerId, month, ...fields },
    update: fields,
  });
}

/** Each freelancer's latest collected month (the one staff look at first). */
export async function latestCollectionRecords(
  db: Database,
  freelancerIds: readonly string[],
): Promise<Map<string, CollectionRecord>> {
  const rows = await db.collectionMonth.findMany({
    where: { freelancerId: { in: [...freelancerIds] } },
    distinct: ['freelancerId'],
    orderBy: [{ freelancerId: 'asc' }, { month: 'desc' }],
  });
  return new Map(rows.map((row) => [row.freelancerId, row]));
}

/**
 * Staff closed a month no workflow is collecting (finished, or never started): recorded as
 * CLOSED so that nothing asks for it again. Closing twice changes nothing.
 */
export async function closeMonthRecord(
  db: Database,
  input: { freelancerId: string; month: string; firmId: string | null; staffId: string; now: Date },
): Promise<void> {
  const key = { freelancerId: input.freelancerId, month: input.month };
  const existing = await db.collectionMonth.findUnique({ where: { freelancerId_month: key } });
  if (existing?.state === 'CLOSED') return;
  await db.collectionMonth.upsert({
    where: { freelancerId_month: key },
    create: {
      freelancerId: input.freelancerId,
      month: input.month,
      firmId: input.firmId,
      state: 'CLOSED',
      statementsMissing: 0,
      receiptsMissing: 0,
      closedBy: input.staffId,
      completedAt: input.now,
      checkedAt: input.now,
    },
    update: { state: 'CLOSED', closedBy: input.staffId, completedAt: input.now },
  });
}
