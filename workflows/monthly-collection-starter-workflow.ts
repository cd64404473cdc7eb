import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  ParentClosePolicy,
  startChild,
  upsertSearchAttributes,
  WorkflowIdReusePolicy,
} from '@temporalio/workflow';
import { collectionWorkflowId, monthlyCollectionWorkflow } from './monthly-collection-workflow.ts';
import { previousParisMonth } from './paris-calendar.ts';
import { FIRM_ID, FREELANCER_ID, WORKFLOW_KIND, WORKFLOW_STATE } from './search-attributes.ts';

/** What the freelancer's Temporal Schedule starts each month. */
export interface CollectionStarterInput {
  readonly freelancerId: string;
  readonly firmId: string | null;
  /** `YYYY-MM` to collect; the Paris month before the run when absent (the scheduled case). */
  readonly month?: string;
}

export interface CollectionStarterOutcome {
  readonly month: string;
  readonly workflowId: string;
  /** False when that month's collection had already been started (a rerun or a backfill). */
  readonly started: boolean;
}

/**
 * Starts the collection of the month that just ended under its business id. A Schedule cannot
 * compute that id itself, hence this short workflow; the collection outlives it (ABANDON).
 */
export async function monthlyCollectionStarterWorkflow(
  input: CollectionStarterInput,
): Promise<CollectionStarterOutcome> {
  const month = input.month ?? previousParisMonth(Date.now());
  upsertSearchAttributes([
    { key: FREELANCER_ID, value: input.freelancerId },
    { key: WORKFLOW_KIND, value: 'collection-starter' },
    { key: WORKFLOW_STATE, value: 'STARTING' },
    ...(input.firmId ? [{ key: FIRM_ID, value: input.firmId }] : []),
  ]);

  const workflowId = collectionWorkflowId(input.freelancerId, month);
  try {
    await startChild(monthlyCollectionWorkflow, {
      workflowId,
      args: [{ freelancerId: input.freelancerId, month }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      // A month collected once (complete or closed) is never collected again by accident.
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    upsertSearchAttributes([{ key: WORKFLOW_STATE, value: 'ALREADY_STARTED' }]);
    return { month, workflowId, started: false };
  }
  upsertSearchAttributes([{ key: WORKFLOW_STATE, value: 'STARTED' }]);
  return { month, workflowId, started: true };
}
