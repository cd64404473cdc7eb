import { closeMonthRecord } from '../../core/collection/collection-record.ts';
import { monthRange, parisDateOf, toDbDate } from '../../core/dates/calendar-date.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import { requireFirmFreelancer } from '../../core/staff/firm-scope.ts';
import { recordStaffAction } from '../../core/staff/staff-actions.ts';
import type { MonthsPort, MonthStatus, MonthSummary } from './dashboard-ports.ts';

interface MonthCountRow {
  month: string;
  total: number;
  to_confirm: number;
}

const STATUS: Record<string, MonthStatus> = {
  COLLECTING: 'collecting',
  ESCALATED: 'escalated',
  PAUSED: 'paused',
  COMPLETE: 'complete',
  CLOSED: 'closed',
};

/** Tells a running monthly collection that staff close its month; false when none runs. */
export type CloseRunningCollection = (input: {
  freelancerId: string;
  month: string;
  staffId: string;
}) => Promise<boolean>;

/**
 * Months as the monthly collection recorded them (core/collection), with the ledger's counts of
 * booked movements and of those to confirm. A month no collection has touched is `open`.
 */
export function createCollectionMonths(deps: {
  db: Database;
  closeRunning?: CloseRunningCollection;
}): MonthsPort {
  const { db } = deps;
  return {
    async listMonths(input) {
      const months = latestMonths(parisDateOf(input.now).slice(0, 7), input.count);
      const oldest = monthRange(months.at(-1)!)!.from;
      const [counts, records] = await Promise.all([
        db.$queryRaw<MonthCountRow[]>`
          SELECT to_char(t."bookingDate", 'YYYY-MM') AS month,
                 count(*)::int AS total,
                 (count(*) FILTER (WHERE t."toConfirm"))::int AS to_confirm
          FROM "Transaction" t JOIN "Account" a ON a.id = t."accountId"
          WHERE a."freelancerId" = ${input.freelancerId} AND a.active
            AND t.status = 'BOOKED' AND t."supersededById" IS NULL
            AND t."bookingDate" >= ${toDbDate(oldest)}
          GROUP BY 1`,
        db.collectionMonth.findMany({
          where: { freelancerId: input.freelancerId, month: { in: months } },
        }),
      ]);
      const countOf = new Map(counts.map((row) => [row.month, row]));
      const recordOf = new Map(records.map((row) => [row.month, row]));
      return months.map((month): MonthSummary => {
        const record = recordOf.get(month);
        return {
          month,
          status: record ? (STATUS[record.state] ?? 'collecting') : 'open',
          transactionCount: countOf.get(month)?.total ?? 0,
          toConfirmCount: countOf.get(month)?.to_confirm ?? 0,
          missingReceiptsCount: record ? record.receiptsMissing : null,
          statementReceived: record ? record.statementsMissing === 0 : null,
          remindersSent: record ? record.remindersSent : null,
          closedAt: record?.state === 'CLOSED' ? record.completedAt : null,
        };
      });
    },

    // A running collection is closed through its workflow (the source of truth while it runs);
    // a month no workflow collects is recorded closed directly.
    async closeMonth(input) {
      const freelancer = await requireFirmFreelancer(db, input.staff.firmId, input.freelancerId);
      const record = await db.collectionMonth.findUnique({
        where: { freelancerId_month: { freelancerId: freelancer.id, month: input.month } },
        select: { state: true },
      });
      if (record?.state === 'CLOSED') return;
      const key = { freelancerId: freelancer.id, month: input.month, staffId: input.staff.id };
      const closedByWorkflow = deps.closeRunning ? await deps.closeRunning(key) : false;
      if (!closedByWorkflow) {
        await closeMonthRecord(db, { ...key, firmId: input.staff.firmId, now: input.now });
      }
      await recordStaffAction(db, {
        firmId: input.staff.firmId,
        staffId: input.staff.id,
        freelancerId: freelancer.id,
        record: { kind: 'CLOSE_MONTH', month: input.month },
        now: input.now,
      });
    },
  };
}

/** `count` months ending with `current` (`YYYY-MM`), newest first. */
export function latestMonths(current: string, count: number): string[] {
  const [year, month] = current.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, back) => {
    const index = year * 12 + (month - 1) - back;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
