import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  defineSignal,
  defineUpdate,
  log,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { ImportReport } from '../core/ledger/import-report.ts';
import type { ImportActivities } from './activities/import-activities.ts';

/** One workflow per bank connection, id `connection-<connectionId>`. */
export interface ConnectionLifecycleInput {
  readonly connectionId: string;
  readonly freelancerId: string;
  readonly provider: 'FILE' | 'ENABLE_BANKING';
  /** Carried over continue-as-new. */
  readonly importsDone?: number;
}

export interface ImportStatementRequest {
  readonly fileSha256: string;
  readonly fileName: string;
  readonly accountName?: string;
}

export interface ConnectionStatus {
  readonly connectionId: string;
  readonly state: 'ACTIVE' | 'IMPORTING' | 'DISCONNECTED';
  readonly importsDone: number;
}

export const connectionWorkflowId = (connectionId: string) => `connection-${connectionId}`;

// An update, not a signal: the caller waits for the import's report (or its rejection).
export const importStatementUpdate = defineUpdate<ImportReport, [ImportStatementRequest]>(
  'importStatement',
);
export const disconnectSignal = defineSignal('disconnect');
export const getConnectionStatusQuery = defineQuery<ConnectionStatus>('getConnectionStatus');

const imports = proxyActivities<ImportActivities>({
  startToCloseTimeout: '15 minutes',
  retry: { maximumAttempts: 5, initialInterval: '2 seconds', nonRetryableErrorTypes: ['StatementRejected'] },
});

export async function connectionLifecycleWorkflow(input: ConnectionLifecycleInput): Promise<void> {
  let importsDone = input.importsDone ?? 0;
  let importing = false;
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
      await condition(() => !importing);
      importing = true;
      try {
        const stored = await imports.syncStatementFile({
          freelancerId: input.freelancerId,
          connectionId: input.connectionId,
          ...request,
        });
        await imports.categoriseImport({ importId: stored.importId });
        const report = await imports.reportImport({ importId: stored.importId, accounts: stored.accounts });
        importsDone += 1;
        log.info('statement imported', { connectionId: input.connectionId, newCount: report.newCount });
        return report;
      } catch (error) {
        // The caller gets the statement's own message (file, line, problem), not "activity failed".
        if (
          error instanceof ActivityFailure &&
          error.cause instanceof ApplicationFailure &&
          error.cause.type === 'StatementRejected'
        ) {
          throw ApplicationFailure.create({ message: error.cause.message, type: 'StatementRejected', nonRetryable: true });
        }
        throw error;
      } finally {
        importing = false;
      }
    },
    {
      validator: (request) => {
        if (disconnected) throw new Error('this connection is disconnected');
        if (!/^[0-9a-f]{64}$/.test(request.fileSha256)) throw new Error('fileSha256 must be a sha-256');
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
