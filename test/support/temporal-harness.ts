import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import { inject } from 'vitest';
import { createFolderFileStore, type FileStore } from '../../core/files/file-store.ts';
import { silentLogger } from '../../core/logging/logger.ts';
import { installTemporalLogging } from '../../workflows/runtime/temporal-logging.ts';
import { createPointageWorker } from '../../workflows/worker.ts';
import type { TestDatabase } from '../database.ts';

export interface TemporalHarness {
  readonly client: Client;
  readonly worker: Worker;
  readonly files: FileStore;
  readonly taskQueue: string;
  close(): Promise<void>;
}

/** A client and a worker with the real activities, on the run's Temporal server and its own queue. */
export async function startTemporalHarness(database: TestDatabase): Promise<TemporalHarness> {
  installTemporalLogging(silentLogger, 'warn');
  const address = inject('temporalAddress');
  const taskQueue = `test-${Math.random().toString(36).slice(2, 10)}`;
  const files = createFolderFileStore(mkdtempSync(path.join(tmpdir(), 'pointage-files-')));
  const { worker, connection: workerConnection } = await createPointageWorker({
    address,
    namespace: 'default',
    taskQueue,
    db: database.db,
    files,
    logger: silentLogger,
    confirmThreshold: 70,
  });
  // A worker runs once: it serves the whole test file and stops in close().
  const running = worker.run();
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace: 'default' });
  return {
    client,
    worker,
    files,
    taskQueue,
    async close() {
      worker.shutdown();
      await running;
      await connection.close();
      await workerConnection.close();
    },
  };
}
