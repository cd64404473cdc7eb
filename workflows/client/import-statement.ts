import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import type { ImportReport } from '../../core/ledger/import-report.ts';
import {
  connectionLifecycleWorkflow,
  connectionWorkflowId,
  importStatementUpdate,
  type ImportStatementRequest,
} from '../connection-lifecycle-workflow.ts';

/**
 * Sends a stored statement file through the connection's lifecycle workflow, starting that
 * workflow if it is not running yet, and waits for the import report.
 */
export async function importStatementThroughWorkflow(
  client: Client,
  input: {
    connectionId: string;
    freelancerId: string;
    taskQueue: string;
    request: ImportStatementRequest;
  },
): Promise<ImportReport> {
  const startWorkflowOperation = new WithStartWorkflowOperation(connectionLifecycleWorkflow, {
    workflowId: connectionWorkflowId(input.connectionId),
    taskQueue: input.taskQueue,
    workflowIdConflictPolicy: 'USE_EXISTING',
    args: [
      { connectionId: input.connectionId, freelancerId: input.freelancerId, provider: 'FILE' },
    ],
  });
  return client.workflow.executeUpdateWithStart(importStatementUpdate, {
    args: [input.request],
    startWorkflowOperation,
  });
}
