import { z } from 'zod';
import { parisDateOf } from '../../core/dates/calendar-date.ts';
import { firmFreelancerOverview, requireFirmFreelancer } from '../../core/staff/firm-scope.ts';
import { frameOf, staffPage, type StaffContext } from '../dashboard-context.ts';
import { htmlResponse } from '../http/dashboard-request.ts';
import { freelancerAccounts } from '../reads/freelancer-accounts.ts';
import { recentTransactions } from '../reads/recent-transactions.ts';
import { remindersSent } from '../reads/reminders-sent.ts';
import type { WorkflowsState } from '../views/freelancer/activity-section.ts';
import { freelancerPageView } from '../views/freelancer/freelancer-page-view.ts';
import { noticeOf } from './notices.ts';
import { MONTH_PATTERN, parseInput } from './parse-input.ts';

export const freelancerParams = z.object({ id: z.string().min(1).max(100) });
const pageQuery = z.object({
  mois: z.string().regex(MONTH_PATTERN).nullable().catch(null).default(null),
});

export const MONTHS_SHOWN = 6;

/** One freelancer of the firm: accounts, months, recent movements, reminders, workflows. */
export const freelancerPage = staffPage(async (context) => {
  const { db, now } = context.services;
  const { id } = parseInput(freelancerParams, context.params);
  const { mois } = parseInput(pageQuery, context.request.query);
  const freelancer = await requireFirmFreelancer(db, context.staff.firmId, id);

  const overview = await firmFreelancerOverview(db, {
    firmId: context.staff.firmId,
    freelancerId: id,
    now: now(),
  });
  const connectionIds = overview?.connections.map((connection) => connection.connectionId) ?? [];
  const [accounts, transactions, months, reminders, staffNames, workflows] = await Promise.all([
    freelancerAccounts(db, id),
    recentTransactions(db, { freelancerId: id, month: mois }),
    context.services.months?.listMonths({
      firmId: context.staff.firmId,
      freelancerId: id,
      now: now(),
      count: MONTHS_SHOWN,
    }) ?? null,
    remindersSent(db, { firmId: context.staff.firmId, freelancerId: id, connectionIds, take: 20 }),
    staffNamesOf(context),
    workflowsOf(context, id),
  ]);
  const receipts = context.services.receipts
    ? await context.services.receipts.receiptsFor({
        freelancerId: id,
        transactionIds: transactions.map((line) => line.id),
      })
    : null;

  const frame = frameOf(context, freelancer.displayName, noticeOf(context.request.query));
  return htmlResponse(
    freelancerPageView(frame, {
      freelancer,
      overview,
      accounts,
      month: mois,
      currentMonth: parisDateOf(now()).slice(0, 7),
      transactions,
      receipts,
      months,
      reminders,
      staffNames,
      workflows,
    }),
  );
});

async function staffNamesOf(context: StaffContext): Promise<ReadonlyMap<string, string>> {
  const rows = await context.services.db.staffAccount.findMany({
    where: { firmId: context.staff.firmId },
    select: { id: true, displayName: true },
  });
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

async function workflowsOf(context: StaffContext, freelancerId: string): Promise<WorkflowsState> {
  const port = context.services.workflows;
  if (!port) return { kind: 'unavailable' };
  try {
    return { kind: 'listed', workflows: await port.listForFreelancer({ freelancerId }) };
  } catch {
    // The port logged why; the rest of the page is still worth showing.
    return { kind: 'failed' };
  }
}
