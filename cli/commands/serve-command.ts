import type { AppConfig } from '../../core/config/env.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { startChatFronts } from '../../bots/start-chat-fronts.ts';
import { createBankingPort } from '../../workflows/client/banking-port.ts';
import {
  documentAttachedVia,
  withCollectionSignals,
} from '../../workflows/client/receipts-signals.ts';
import { ensureSchedules } from '../../workflows/runtime/ensure-schedules.ts';
import { startDashboardFront } from '../dashboard-front.ts';
import { startRuntime } from '../runtime.ts';

/** Which optional fronts are off, and which settings turn them on. */
export function describeDisabledFronts(config: AppConfig): string[] {
  const off: string[] = [];
  if (!config.SLACK_BOT_TOKEN || !(config.SLACK_APP_TOKEN || config.SLACK_SIGNING_SECRET)) {
    off.push(
      'Slack bot off: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP events).',
    );
  }
  if (!config.TELEGRAM_BOT_TOKEN) {
    off.push(
      'Telegram bot off: set TELEGRAM_BOT_TOKEN (long polling; add TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET for a webhook).',
    );
  }
  if (!config.SMTP_URL) off.push('E-mail off: set SMTP_URL (smtp://user:pass@host:port).');
  return off;
}

/** Runs the worker (and the fronts that have credentials) until SIGINT or SIGTERM. */
export async function serveCommand(
  config: AppConfig,
  logger: Logger,
  print: (line: string) => void,
): Promise<void> {
  const runtime = await startRuntime(config, logger, { withUi: true });
  print(`Pointage is running. Database: ${runtime.databaseLabel}.`);
  if (runtime.temporalUiUrl) print(`Temporal UI: ${runtime.temporalUiUrl}`);
  for (const line of describeDisabledFronts(config)) print(line);
  // Monthly collections and staff digests run from Schedules: one per freelancer and per firm.
  const { client, db } = runtime;
  await ensureSchedules({ client, db, taskQueue: config.TEMPORAL_TASK_QUEUE, logger });
  // The bots that have credentials; the dashboard's reminders reach chat through their notifier.
  // Linking, renewing and disconnecting from chat go through the connection workflows.
  const banking = runtime.banking
    ? createBankingPort({
        client: runtime.client,
        db: runtime.db,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        aggregator: runtime.banking.aggregator,
      })
    : undefined;
  const chat = await startChatFronts({
    config,
    db: runtime.db,
    files: runtime.files,
    logger,
    ...(banking ? { banking } : {}),
    // A receipt or statement sent in chat wakes the month's collection at once.
    decorateReceipts: (port) =>
      withCollectionSignals(port, documentAttachedVia(runtime.client), logger),
  }).catch(async (error: unknown) => {
    await runtime.shutdown();
    throw error;
  });
  for (const line of chat.notes) print(line);
  const notifier = chat.notifier;
  runtime.notifier.bind(notifier);
  const dashboard = await startDashboardFront({ runtime, config, logger, notifier }).catch(
    async (error: unknown) => {
      await chat.stop();
      await runtime.shutdown();
      throw error;
    },
  );
  print(`Staff dashboard: ${dashboard.front.url}`);
  for (const line of dashboard.notes) print(line);

  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  try {
    await runtime.worker.runUntil(stopped);
  } finally {
    await dashboard.front.stop();
    await chat.stop();
    await runtime.shutdown();
  }
  print('Pointage stopped.');
}
