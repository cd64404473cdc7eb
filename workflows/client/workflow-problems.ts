import type { Client, WorkflowExecutionInfo } from '@temporalio/client';
import type {
  WorkflowProblem,
  WorkflowProblemKind,
} from '../../core/monitoring/workflow-problem.ts';
import { FIRM_ID, FREELANCER_ID, WORKFLOW_KIND } from '../search-attributes.ts';
import { visibilityLiteral } from './visibility-query.ts';

export interface WorkflowProblemFilter {
  readonly firmId?: string;
  readonly freelancerId?: string;
  /** How far back failed workflows count (default 30 days). */
  readonly closedWithinDays?: number;
  /** An activity failing this many times in a row makes its workflow stuck (default 3). */
  readonly stuckAfterAttempts?: number;
  readonly now?: Date;
}

const CLOSED_PROBLEMS: Record<string, WorkflowProblemKind> = {
  FAILED: 'FAILED',
  TIMED_OUT: 'TIMED_OUT',
  TERMINATED: 'TERMINATED',
};
// Each running workflow costs one describe call: a bound keeps a status or digest quick.
const MAX_DESCRIBED = 2_000;

/**
 * Pointage workflows that need someone, found through the search attributes: closed in failure
 * lately (and not running again under the same id), or running with an activity or workflow
 * task that keeps failing.
 */
export async function listWorkflowProblems(
  client: Client,
  filter: WorkflowProblemFilter = {},
): Promise<WorkflowProblem[]> {
  const now = filter.now ?? new Date();
  const scope = [
    `${WORKFLOW_KIND.name} IS NOT NULL`,
    ...(filter.firmId ? [`${FIRM_ID.name} = ${visibilityLiteral(filter.firmId)}`] : []),
    ...(filter.freelancerId
      ? [`${FREELANCER_ID.name} = ${visibilityLiteral(filter.freelancerId)}`]
      : []),
  ].join(' AND ');
  const since = new Date(now.getTime() - (filter.closedWithinDays ?? 30) * 86_400_000);

  const running: WorkflowExecutionInfo[] = [];
  for await (const info of client.workflow.list({
    query: `${scope} AND ExecutionStatus = 'Running'`,
  })) {
    running.push(info);
  }
  const runningIds = new Set(running.map((info) => info.workflowId));

  const problems: WorkflowProblem[] = [];
  const closedQuery =
    `${scope} AND ExecutionStatus != 'Running' AND ExecutionStatus != 'Completed' ` +
    `AND ExecutionStatus != 'ContinuedAsNew' ` +
    `AND CloseTime > ${visibilityLiteral(since.toISOString())}`;
  for await (const info of client.workflow.list({ query: closedQuery })) {
    const problem = CLOSED_PROBLEMS[info.status.name];
    if (!problem || runningIds.has(info.workflowId)) continue;
    problems.push(toProblem(info, problem, null, info.closeTime ?? null));
  }

  const threshold = filter.stuckAfterAttempts ?? 3;
  for (const info of running.slice(0, MAX_DESCRIBED)) {
    const stuck = await stuckDetail(client, info, threshold);
    if (stuck) problems.push(toProblem(info, 'STUCK', stuck.detail, stuck.since));
  }
  return problems;
}

async function stuckDetail(
  client: Client,
  info: WorkflowExecutionInfo,
  threshold: number,
): Promise<{ detail: string; since: Date | null } | null> {
  const description = await client.workflow.getHandle(info.workflowId, info.runId).describe();
  const task = description.raw.pendingWorkflowTask;
  if (task && (task.attempt ?? 0) >= threshold) {
    return { detail: `tâche de workflow en échec (essai ${task.attempt})`, since: null };
  }
  for (const activity of description.raw.pendingActivities ?? []) {
    if ((activity.attempt ?? 0) < threshold) continue;
    const type = activity.activityType?.name ?? 'activité';
    const message = activity.lastFailure?.message ?? 'sans message';
    return {
      detail: `${type} échoue (essai ${activity.attempt}) : ${message.slice(0, 160)}`,
      since: null,
    };
  }
  return null;
}

function toProblem(
  info: WorkflowExecutionInfo,
  problem: WorkflowProblemKind,
  detail: string | null,
  since: Date | null,
): WorkflowProblem {
  const attributes = info.typedSearchAttributes;
  return {
    workflowId: info.workflowId,
    kind: attributes.get(WORKFLOW_KIND) ?? info.type,
    freelancerId: attributes.get(FREELANCER_ID) ?? null,
    firmId: attributes.get(FIRM_ID) ?? null,
    problem,
    detail,
    since: since ? since.toISOString() : null,
  };
}
