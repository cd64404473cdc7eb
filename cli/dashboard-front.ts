import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../core/config/env.ts';
import type { Logger } from '../core/logging/logger.ts';
import type { Notifier } from '../core/notifications/notifier.ts';
import { createDashboardFront, type DashboardFront } from '../dashboard/create-dashboard-front.ts';
import { createCollectionMonths } from '../dashboard/ports/collection-months.ts';
import { createStoredReceipts } from '../dashboard/ports/stored-receipts.ts';
import { createTemporalWorkflows } from '../dashboard/ports/temporal-workflows.ts';
import { closeCollectionMonth } from '../workflows/client/collection-commands.ts';
import { listWorkflowProblems } from '../workflows/client/workflow-problems.ts';
import { completeBankRedirect, renewBank } from '../workflows/client/bank-connection.ts';
import type { Runtime } from './runtime.ts';

function createBankLinks(runtime: Runtime, taskQueue: string) {
  const context = { client: runtime.client, db: runtime.db, taskQueue };
  return {
    renew: (connectionId: string) => renewBank(context, connectionId),
    complete: (query: { code: string; state: string }) => completeBankRedirect(context, query),
  };
}

/**
 * The staff dashboard over the serve command's runtime. Without DASHBOARD_SESSION_SECRET a secret
 * is drawn for this process: sessions end when it stops.
 */
export async function startDashboardFront(input: {
  runtime: Runtime;
  config: AppConfig;
  logger: Logger;
  notifier: Notifier;
}): Promise<{ front: DashboardFront; notes: string[] }> {
  const { runtime, config } = input;
  const notes: string[] = [];
  let secret = config.DASHBOARD_SESSION_SECRET;
  if (!secret) {
    secret = randomBytes(32).toString('base64url');
    notes.push(
      'Dashboard sessions end at restart: set DASHBOARD_SESSION_SECRET (32+ characters) to keep them.',
    );
  }
  const uiUrl = config.TEMPORAL_UI_URL ?? runtime.temporalUiUrl;
  const temporalUi = uiUrl ? { url: uiUrl, namespace: config.TEMPORAL_NAMESPACE } : null;
  const front = createDashboardFront({
    db: runtime.db,
    notifier: input.notifier,
    logger: input.logger,
    sessionSecret: secret,
    secureCookies: config.DASHBOARD_SECURE_COOKIES,
    host: config.DASHBOARD_HOST,
    port: config.DASHBOARD_PORT,
    temporalUi,
    workflows: createTemporalWorkflows({
      client: runtime.client,
      ui: temporalUi,
      logger: input.logger,
    }),
    workflowProblems: (filter) => listWorkflowProblems(runtime.client, filter),
    months: createCollectionMonths({
      db: runtime.db,
      closeRunning: async (month) => (await closeCollectionMonth(runtime.client, month)).found,
    }),
    receipts: createStoredReceipts({ db: runtime.db, files: runtime.files }),
    bankLinks: runtime.banking ? createBankLinks(runtime, config.TEMPORAL_TASK_QUEUE) : null,
  });
  await front.start();
  return { front, notes };
}
