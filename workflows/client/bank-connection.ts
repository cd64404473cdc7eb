import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import type { BankRef, PsuType } from '../../core/banking/aggregator.ts';
import {
  AuthorisationStateError,
  connectionOfState,
} from '../../core/banking/bank-authorisations.ts';
import { createBankConnection, setActiveAccounts } from '../../core/banking/bank-connections.ts';
import type { BankLinkResult, BankLinkStart } from '../../core/banking/bank-link.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import {
  completeBankLinkUpdate,
  connectionLifecycleWorkflow,
  connectionWorkflowId,
  disconnectSignal,
  remindLaterSignal,
  requestBankLinkUpdate,
  syncNowSignal,
  type LifecycleSettings,
} from '../connection-lifecycle-workflow.ts';

// Transport-free entry points of the bank connection flow: the CLI, the bots and a web redirect
// handler call these; each talks to the connection's lifecycle workflow.

export interface BankClientContext {
  readonly client: Client;
  readonly db: Database;
  readonly taskQueue: string;
}

/** A new connection to `bank`: its workflow starts and the bank's URL comes back. */
export async function connectBank(
  context: BankClientContext,
  input: {
    freelancerId: string;
    bank: BankRef;
    psuType?: PsuType;
    settings?: Partial<LifecycleSettings>;
  },
): Promise<BankLinkStart & { connectionId: string }> {
  const connectionId = await createBankConnection(context.db, input);
  const freelancer = await context.db.freelancer.findUnique({ where: { id: input.freelancerId } });
  const startWorkflowOperation = new WithStartWorkflowOperation(connectionLifecycleWorkflow, {
    workflowId: connectionWorkflowId(connectionId),
    taskQueue: context.taskQueue,
    workflowIdConflictPolicy: 'USE_EXISTING',
    args: [
      {
        connectionId,
        freelancerId: input.freelancerId,
        provider: 'ENABLE_BANKING',
        firmId: freelancer?.firmId ?? null,
        ...(input.settings ? { settings: input.settings } : {}),
      },
    ],
  });
  const start = await context.client.workflow.executeUpdateWithStart(requestBankLinkUpdate, {
    args: [input.psuType ? { psuType: input.psuType } : {}],
    startWorkflowOperation,
  });
  return { ...start, connectionId };
}

/** Renewal (before or after the end): a new consent at the bank for the same connection. */
export async function renewBank(
  context: BankClientContext,
  connectionId: string,
): Promise<BankLinkStart> {
  return context.client.workflow
    .getHandle(connectionWorkflowId(connectionId))
    .executeUpdate(requestBankLinkUpdate, { args: [{}] });
}

/** The bank's redirect (`?code=…&state=…`): the consent is stored and the accounts listed. */
export async function completeBankRedirect(
  context: BankClientContext,
  redirect: { code: string; state: string },
): Promise<BankLinkResult & { connectionId: string }> {
  const connectionId = await connectionOfState(context.db, redirect.state);
  if (!connectionId) throw new AuthorisationStateError('(unknown)', 'unknown');
  const result = await context.client.workflow
    .getHandle(connectionWorkflowId(connectionId))
    .executeUpdate(completeBankLinkUpdate, { args: [redirect] });
  return { ...result, connectionId };
}

/** Only these accounts are synced (the pro account and its card); a sync follows soon. */
export async function activateBankAccounts(
  context: BankClientContext,
  input: { connectionId: string; accountIds: readonly string[] },
): Promise<void> {
  await setActiveAccounts(context.db, {
    connectionId: input.connectionId,
    activeAccountIds: input.accountIds,
  });
  await context.client.workflow
    .getHandle(connectionWorkflowId(input.connectionId))
    .signal(syncNowSignal);
}

export async function remindBankLater(
  context: BankClientContext,
  input: { connectionId: string; days: number },
): Promise<void> {
  await context.client.workflow
    .getHandle(connectionWorkflowId(input.connectionId))
    .signal(remindLaterSignal, { days: input.days });
}

/** Revokes the consent at the aggregator and stops the syncs; resolves once it is done. */
export async function disconnectBank(
  context: BankClientContext,
  connectionId: string,
): Promise<void> {
  const handle = context.client.workflow.getHandle(connectionWorkflowId(connectionId));
  await handle.signal(disconnectSignal);
  await handle.result();
}
