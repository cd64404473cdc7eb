import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { ImportActivities } from './activities/import-activities.ts';
import { runBankLifecycle } from './connection/bank-lifecycle.ts';
import {
  disconnectSignal,
  getConnectionStatusQuery,
  importStatementUpdate,
  type ConnectionLifecycleInput,
} from './connection/lifecycle-messages.ts';
import { FIRM_ID, FREELANCER_ID, WORKFLOW_KIND, WORKFLOW_STATE } from './search-attributes.ts';

export * from './connection/lifecycle-messages.ts';

const imports = proxyActivities<ImportActivities>({
  startToCloseTimeout: '15 minutes',
  retry: {
    maximumAttempts: 5,
    initialInterval: '2 seconds',
    nonRetryableErrorTypes: ['StatementRejected'],
  },
});

/**
 * One workflow per connection, id `connection-<connectionId>`. A statement-file connection takes
 * imports one after the other; an aggregator connection runs its link, syncs and consent notices
 * (connection/bank-lifecycle.ts).
 */
export async function connectionLifecycleWorkflow(input: ConnectionLifecycleInput): Promise<void> {
  if (input.provider === 'ENABLE_BANKING') return runBankLifecycle(input);
  // Runs started before search attributes existed replay without them.
  if (patched('connection-search-attributes')) upsertFileSearchAttributes(input);
  let importsDone = input.importsDone ?? 0;
  let importing = false;
  // Imports are served in arrival order: a ticket each, one ticket served at a time.
  let nextTicket = 0;
  let servingTicket = 0;
  let disconnected = false;

  setHandler(getConnectionStatusQuery, () => ({
    connectionId: input.connectionId,
    state: disconnected ? 'DISCONNECTED' : importing ? 'IMPORTING' : 'ACTIVE',
    importsDone,
  }));
  setHandler(disconnectSignal, () => {
    disconnected = true;
  });

  setHandler(
    importStatementUpdate,
    async (request) => {
      // Imports of one connection run one after the other: each sees what the previous stored.
      const ticket = nextTicket++;
      await condition(() => servingTicket === ticket);
      importing = true;
      try {
        // Chosen here (deterministically) so that a retried sync finds its own import again.
        const importId = uuid4();
        const stored = await imports.syncStatementFile({
          importId,
          freelancerId: input.freelancerId,
          connectionId: input.connectionId,
          ...request,
        });
        await imports.categoriseImport({
          importId: stored.importId,
          freelancerId: input.freelancerId,
        });
        const report = await imports.reportImport({
          importId: stored.importId,
          accounts: stored.accounts,
        });
        importsDone += 1;
        log.info('statement imported', {
          connectionId: input.connectionId,
          newCount: report.newCount,
        });
        return report;
      } catch (error) {
        // The caller gets the statement's own message (file, line, problem), not "activity failed".
        if (
          error instanceof ActivityFailure &&
          error.cause instanceof ApplicationFailure &&
          error.cause.type === 'StatementRejected'
        ) {
          throw ApplicationFailure.create({
            message: error.cause.message,
            type: 'StatementRejected',
            nonRetryable: true,
          });
        }
        throw error;
      } finally {
        importing = false;
        servingTicket += 1;
      }
    },
    {
      validator: (request) => {
        if (disconnected) throw new Error('this connection is disconnected');
        if (!/^[0-9a-f]{64}$/.test(request.fileSha256))
          throw new Error('fileSha256 must be a sha-256');
      },
    },
  );

  // The history stays bounded however long the connection lives.
  await condition(() => disconnected || workflowInfo().continueAsNewSuggested);
  await condition(allHandlersFinished);
  if (!disconnected) {
    await continueAsNew<typeof connectionLifecycleWorkflow>({ ...input, importsDone });
  }
}

function upsertFileSearchAttributes(input: ConnectionLifecycleInput): void {
  upsertSearchAttributes([
    { key: FREELANCER_ID, value: input.freelancerId },
    { key: WORKFLOW_KIND, value: 'connection-lifecycle' },
    { key: WORKFLOW_STATE, value: 'ACTIVE' },
    ...(input.firmId ? [{ key: FIRM_ID, value: input.firmId }] : []),
  ]);
}
