import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { AppConfig } from '../core/config/env.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../core/db/embedded-postgres.ts';
import { applyMigrations } from '../core/db/migrate.ts';
import { createDatabase, type Database } from '../core/db/prisma-client.ts';
import { createFolderFileStore, type FileStore } from '../core/files/file-store.ts';
import type { Logger } from '../core/logging/logger.ts';
import {
  findTemporalCli,
  startTemporalDevServer,
  type TemporalDevServer,
} from '../workflows/runtime/temporal-dev-server.ts';
import { installTemporalLogging } from '../workflows/runtime/temporal-logging.ts';
import { createPointageWorker } from '../workflows/worker.ts';
import {
  enableBankingFromConfig,
  type EnableBankingSetup,
} from '../core/banking/enable-banking/enable-banking-from-config.ts';
import {
  createLateBoundNotifier,
  type LateBoundNotifier,
} from '../core/notifications/late-bound-notifier.ts';
import { createSmtpMailer } from '../core/notifications/smtp-mailer.ts';
import { POINTAGE_SEARCH_ATTRIBUTE_FLAGS } from '../workflows/search-attributes.ts';
import type { Worker } from '@temporalio/worker';

export interface Runtime {
  readonly db: Database;
  readonly files: FileStore;
  readonly client: Client;
  readonly worker: Worker;
  /** The workflows' way into chat; `serve` binds it to the bots once they run. */
  readonly notifier: LateBoundNotifier;
  /** Enable Banking when its settings are present. */
  readonly banking: EnableBankingSetup | null;
  readonly temporalUiUrl: string | null;
  readonly databaseLabel: string;
  shutdown(): Promise<void>;
}

/**
 * Brings up what a command needs: the database (DATABASE_URL, or the embedded PGlite in the data
 * folder) with migrations applied, Temporal (TEMPORAL_ADDRESS, or the local dev server whose
 * SQLite file keeps workflow histories), a client and a worker.
 */
export async function startRuntime(
  config: AppConfig,
  logger: Logger,
  options: { withUi?: boolean } = {},
): Promise<Runtime> {
  installTemporalLogging(logger, config.LOG_LEVEL);
  const stops: Array<() => Promise<void>> = [];
  try {
    const database = await openDatabase(config, logger);
    stops.push(() => database.close());
    const db = database.db;

    let devServer: TemporalDevServer | null = null;
    let address = config.TEMPORAL_ADDRESS;
    if (!address) {
      devServer = await startTemporalDevServer({
        cli: findTemporalCli(config.dataDir, config.TEMPORAL_CLI),
        dbFile: path.join(config.dataDir, 'temporal.sqlite'),
        logger,
        withUi: options.withUi ?? false,
        searchAttributes: POINTAGE_SEARCH_ATTRIBUTE_FLAGS,
      });
      stops.push(() => devServer!.stop());
      address = devServer.address;
    }
    const connection = await Connection.connect({ address });
    stops.push(() => connection.close());
    const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
    const files = createFolderFileStore(path.join(config.dataDir, 'files'));
    const banking = await enableBankingFromConfig(config, logger);
    const notifier = createLateBoundNotifier();
    const mailer = config.SMTP_URL
      ? createSmtpMailer({ url: config.SMTP_URL, from: config.SMTP_FROM, logger })
      : null;

    const { worker, connection: workerConnection } = await createPointageWorker({
      address,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      db,
      files,
      logger,
      confirmThreshold: config.POINTAGE_CONFIRM_THRESHOLD,
      bundleCacheDir: path.join(config.dataDir, 'cache'),
      mailer,
      notifier,
      ...(banking ? { banking } : {}),
    });
    stops.push(() => workerConnection.close());

    return {
      db,
      files,
      client,
      worker,
      notifier,
      banking,
      temporalUiUrl: devServer?.uiUrl ?? null,
      databaseLabel: database.label,
      async shutdown() {
        for (const stop of stops.reverse()) {
          await stop().catch((error: unknown) =>
            logger.warn('shutdown step failed', { error: String(error) }),
          );
        }
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
}

export interface OpenDatabase {
  readonly db: Database;
  readonly label: string;
  close(): Promise<void>;
}

/** DATABASE_URL, or the embedded PGlite in the data folder; migrations applied either way. */
export async function openDatabase(config: AppConfig, logger: Logger): Promise<OpenDatabase> {
  let embedded: EmbeddedPostgres | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'pgdata'));
    url = embedded.url;
  }
  try {
    await applyMigrations(url, logger);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const db = createDatabase(url, { maxConnections: embedded ? 1 : 5 });
  return {
    db,
    label: embedded
      ? `embedded PGlite in ${path.join(config.dataDir, 'pgdata')}`
      : 'PostgreSQL (DATABASE_URL)',
    async close() {
      await db.$disconnect();
      await embedded?.stop();
    },
  };
}
