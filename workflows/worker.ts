import { createRequire } from 'node:module';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { Database } from '../core/db/prisma-client.ts';
import type { FileStore } from '../core/files/file-store.ts';
import type { Logger } from '../core/logging/logger.ts';
import { createImportActivities } from './activities/import-activities.ts';
import {
  createCollectionRegistry,
  type CollectionRegistryDeps,
} from './activities/collection-registry.ts';
import { createConnectionRegistry, type BankingDeps } from './activities/connection-registry.ts';
import { cachedWorkflowBundle } from './runtime/workflow-bundle.ts';

const require = createRequire(import.meta.url);

export interface WorkerDeps extends Pick<
  CollectionRegistryDeps,
  'notifier' | 'mailer' | 'missingReceipts' | 'clock'
> {
  readonly address: string;
  readonly namespace: string;
  readonly taskQueue: string;
  readonly db: Database;
  readonly files: FileStore;
  readonly logger: Logger;
  readonly confirmThreshold: number;
  /** Enable Banking for bank connections; their steps fail, named, without it. */
  readonly banking?: BankingDeps;
  /** Where to keep the bundled workflow code between runs; bundled in memory when absent. */
  readonly bundleCacheDir?: string;
}

/** The worker runs every workflow of the barrel and the activities built over core/. */
export async function createPointageWorker(
  deps: WorkerDeps,
): Promise<{ worker: Worker; connection: NativeConnection }> {
  const connection = await NativeConnection.connect({ address: deps.address });
  const worker = await Worker.create({
    connection,
    namespace: deps.namespace,
    taskQueue: deps.taskQueue,
    ...(deps.bundleCacheDir
      ? { workflowBundle: await cachedWorkflowBundle(deps.bundleCacheDir, deps.logger) }
      : { workflowsPath: require.resolve('./workflows.ts') }),
    activities: {
      ...createImportActivities({
        db: deps.db,
        files: deps.files,
        logger: deps.logger.child({ component: 'activities' }),
        confirmThreshold: deps.confirmThreshold,
      }),
      ...createCollectionRegistry(deps),
      ...createConnectionRegistry(deps),
    },
  });
  return { worker, connection };
}
