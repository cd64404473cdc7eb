import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import {
  closeMonthUpdate,
  collectionWorkflowId,
  documentAttachedSignal,
  getCollectionStatusQuery,
  pauseCollectionSignal,
  resumeCollectionSignal,
  type CollectionStatus,
} from '../monthly-collection-workflow.ts';
import { FREELANCER_ID, WORKFLOW_KIND } from '../search-attributes.ts';
import { visibilityLiteral } from './visibility-query.ts';

// What the chat, the dashboard and the CLI tell a month's collection. Core-free: a Temporal
// client and ids only. A month no workflow ever collected answers `found: false`.

export type CollectionCommandResult =
  { readonly found: true; readonly status: CollectionStatus } | { readonly found: false };

/** A receipt or statement was attached for this month: the collection checks again. */
export async function notifyDocumentAttached(
  client: Client,
  input: { freelancerId: string; month: string },
): Promise<boolean> {
  return ifRunning(async () => {
    await handleOf(client, input).signal(documentAttachedSignal);
  });
}

/**
 * A document whose month is not known yet (an unmatched receipt): every collection of the
 * freelancer that is still running checks again. Returns how many were told.
 */
export async function notifyOpenCollections(client: Client, freelancerId: string): Promise<number> {
  const query =
    `${FREELANCER_ID.name} = ${visibilityLiteral(freelancerId)} AND ` +
    `${WORKFLOW_KIND.name} = 'monthly-collection' AND ExecutionStatus = 'Running'`;
  let told = 0;
  for await (const info of client.workflow.list({ query })) {
    const signalled = await ifRunning(() =>
      client.workflow.getHandle(info.workflowId).signal(documentAttachedSignal),
    );
    if (signalled) told += 1;
  }
  return told;
}

/** Staff close the month: no more reminders; resolves once the workflow recorded it. */
export async function closeCollectionMonth(
  client: Client,
  input: { freelancerId: string; month: string; staffId: string },
): Promise<CollectionCommandResult> {
  try {
    const status = await handleOf(client, input).executeUpdate(closeMonthUpdate, {
      args: [{ staffId: input.staffId }],
    });
    return { found: true, status };
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return { found: false };
    throw error;
  }
}

export async function pauseCollection(
  client: Client,
  input: { freelancerId: string; month: string },
) {
  return ifRunning(() => handleOf(client, input).signal(pauseCollectionSignal));
}

export async function resumeCollection(
  client: Client,
  input: { freelancerId: string; month: string },
) {
  return ifRunning(() => handleOf(client, input).signal(resumeCollectionSignal));
}

export async function collectionStatus(
  client: Client,
  input: { freelancerId: string; month: string },
): Promise<CollectionCommandResult> {
  try {
    return { found: true, status: await handleOf(client, input).query(getCollectionStatusQuery) };
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return { found: false };
    throw error;
  }
}

function handleOf(client: Client, input: { freelancerId: string; month: string }) {
  return client.workflow.getHandle(collectionWorkflowId(input.freelancerId, input.month));
}

/** True when the workflow took it; false when no collection of that month is running. */
async function ifRunning(send: () => Promise<void>): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}
