import { createRequire } from 'node:module';
import { NativeConnection, Worker } from '@temporalio/worker';
import { inject } from 'vitest';
import type { Database } from '../../core/db/prisma-client.ts';
import { silentLogger } from '../../core/logging/logger.ts';
import {
  createCollectionRegistry,
  type CollectionRegistryDeps,
} from '../../workflows/activities/collection-registry.ts';
import { installTemporalLogging } from '../../workflows/runtime/temporal-logging.ts';

const require = createRequire(import.meta.url);

export interface CollectionWorker {
  readonly taskQueue: string;
  stop(): Promise<void>;
}

/**
 * A worker on the run's Temporal dev server, on a queue of its own, with the monthly collection
 * and digest activities (production registry) over the given database and stand-ins.
 */
export async function startCollectionWorker(
  deps: Omit<CollectionRegistryDeps, 'logger'> & { db: Database },
): Promise<CollectionWorker> {
  installTemporalLogging(silentLogger, 'warn');
  const taskQueue = `collection-${Math.random().toString(36).slice(2, 10)}`;
  const connection = await NativeConnection.connect({ address: inject('temporalAddress') });
  const worker = await Worker.create({
    connection,
    taskQueue,
    workflowsPath: require.resolve('../../workflows/workflows.ts'),
    activities: createCollectionRegistry({ ...deps, logger: silentLogger }),
  });
  const running = worker.run();
  return {
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}
