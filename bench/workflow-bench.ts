import { createRequire } from 'node:module';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { MissingReceiptsSource } from '../core/collection/missing-receipts-source.ts';
import type { CalendarDate } from '../core/dates/calendar-date.ts';
import { silentLogger } from '../core/logging/logger.ts';
import type { Notifier } from '../core/notifications/notifier.ts';
import { createCollectionActivities } from '../workflows/activities/collection-activities.ts';
import { connectionLifecycleWorkflow } from '../workflows/connection-lifecycle-workflow.ts';
import {
  collectionWorkflowId,
  documentAttachedSignal,
  monthlyCollectionWorkflow,
} from '../workflows/monthly-collection-workflow.ts';
import { createBenchDatabase } from './bench-database.ts';
import {
  inBatches,
  residentMiB,
  seconds,
  startBenchTemporal,
  waitFor,
  type BenchTemporal,
} from './bench-temporal.ts';

const require = createRequire(import.meta.url);
const WORKFLOWS = require.resolve('../workflows/workflows.ts');
const DAY_MS = 86_400_000;

export interface LifecycleCapacityStep {
  readonly workflows: number;
  /** Seconds to start this step's new workflows. */
  readonly startSeconds: number;
  /** Seconds until the worker held all of them (first task done, now waiting on timers). */
  readonly heldSeconds: number;
  readonly rssMiB: number;
  /** Resident memory per workflow held, over the worker's memory before any workflow. */
  readonly perWorkflowKiB: number;
}

export interface LifecycleCapacityResult {
  readonly baselineRssMiB: number;
  readonly steps: readonly LifecycleCapacityStep[];
}

/**
 * How many connection lifecycle workflows one worker holds: active bank connections waiting on
 * their sync and consent timers, kept in the worker's cache, with the process's memory at each
 * step. Against TEMPORAL_ADDRESS or a local dev server of its own.
 */
export async function benchLifecycleCapacity(
  steps: readonly number[] = [500, 1_000, 2_000],
): Promise<LifecycleCapacityResult> {
  const temporal = await startBenchTemporal();
  const taskQueue = `bench-lifecycle-${process.pid}`;
  const largest = Math.max(...steps);
  const connection = await NativeConnection.connect({ address: temporal.address });
  const worker = await Worker.create({
    connection,
    taskQueue,
    workflowsPath: WORKFLOWS,
    maxCachedWorkflows: largest + 100,
  });
  const running = worker.run();
  const ids: string[] = [];
  try {
    const baselineRssMiB = residentMiB();
    const results: LifecycleCapacityStep[] = [];
    for (const target of steps) {
      const fresh = Array.from(
        { length: target - ids.length },
        (_, i) => `bench-${ids.length + i}`,
      );
      const start = process.hrtime.bigint();
      await inBatches(fresh, 50, (id) => startIdleConnection(temporal, taskQueue, id));
      const startSeconds = seconds(start);
      ids.push(...fresh);
      await waitFor(
        () => worker.getStatus().numCachedWorkflows >= target,
        'workflows held',
        600_000,
      );
      const heldSeconds = seconds(start);
      const rssMiB = residentMiB();
      results.push({
        workflows: target,
        startSeconds,
        heldSeconds,
        rssMiB,
        perWorkflowKiB: ((rssMiB - baselineRssMiB) * 1024) / target,
      });
    }
    return { baselineRssMiB, steps: results };
  } finally {
    await inBatches(ids, 50, (id) =>
      temporal.client.workflow
        .getHandle(`connection-${id}`)
        .terminate('bench over')
        .catch(() => undefined),
    );
    worker.shutdown();
    await running;
    await connection.close();
    await temporal.stop();
  }
}

function startIdleConnection(temporal: BenchTemporal, taskQueue: string, id: string) {
  const now = Date.now();
  const consentEnd = now + 180 * DAY_MS;
  return temporal.client.workflow.start(connectionLifecycleWorkflow, {
    workflowId: `connection-${id}`,
    taskQueue,
    args: [
      {
        connectionId: id,
        freelancerId: `freelancer-${id}`,
        provider: 'ENABLE_BANKING',
        // As a run continued-as-new finds it: linked, next sync in six hours.
        bank: {
          phase: 'ACTIVE',
          epoch: { kind: 'consent', consentEnd },
          consentEnd,
          done: [],
          extra: [],
          nextSyncAt: now + 6 * 3_600_000,
          failures: 0,
          syncsDone: 0,
          lastSync: null,
        },
      },
    ],
  });
}

export interface CollectionsBenchResult {
  readonly collections: number;
  /** Seconds to start every collection. */
  readonly startSeconds: number;
  /** Seconds from the first start until every freelancer was asked. */
  readonly askedSeconds: number;
  /** Seconds from the signals (every document arrived) until every month was complete. */
  readonly completeSeconds: number;
  readonly totalSeconds: number;
  readonly perSecond: number;
}

/**
 * 1,000 monthly collections against the local server and a fresh PostgreSQL database: each
 * starts, checks, asks in chat and records its month; then every document arrives at once and
 * each checks again, thanks and completes. The real activities, a counting chat stand-in.
 */
export async function benchMonthlyCollections(count = 1_000): Promise<CollectionsBenchResult> {
  const database = await createBenchDatabase('collections');
  const temporal = await startBenchTemporal();
  const month = '2026-11';
  const ids = Array.from({ length: count }, (_, index) => `bench-${index}`);
  await database.db.firm.create({ data: { id: 'bench-firm', name: 'Cabinet Bench' } });
  await database.db.freelancer.createMany({
    data: ids.map((id) => ({ id, displayName: `Indépendant ${id}`, firmId: 'bench-firm' })),
  });

  const arrived = new Set<string>();
  const missingReceipts: MissingReceiptsSource = {
    async listMissing({ freelancerId }) {
      const receipt = {
        id: `tx-${freelancerId}`,
        providerId: null,
        date: '2026-11-05' as CalendarDate,
        label: 'FOURNISSEUR',
        accountName: 'Compte pro',
        amountCents: -1200,
      };
      return { month, statements: [], receipts: arrived.has(freelancerId) ? [] : [receipt] };
    },
  };
  const said = { ask: 0, complete: 0 };
  const notifier: Notifier = {
    async notifyFreelancer(_id, message) {
      if (message.text.startsWith('Bonjour')) said.ask += 1;
      if (message.text.startsWith('Merci')) said.complete += 1;
      return { delivered: ['bench'] };
    },
    notifyFirmStaff: async () => ({ delivered: ['bench'] }),
  };

  const taskQueue = `bench-collections-${process.pid}`;
  const connection = await NativeConnection.connect({ address: temporal.address });
  const worker = await Worker.create({
    connection,
    taskQueue,
    workflowsPath: WORKFLOWS,
    activities: createCollectionActivities({
      db: database.db,
      notifier,
      mailer: null,
      missingReceipts,
      logger: silentLogger,
    }),
  });
  const running = worker.run();
  try {
    const start = process.hrtime.bigint();
    await inBatches(ids, 50, (freelancerId) =>
      temporal.client.workflow.start(monthlyCollectionWorkflow, {
        workflowId: collectionWorkflowId(freelancerId, month),
        taskQueue,
        args: [{ freelancerId, month }],
      }),
    );
    const startSeconds = seconds(start);
    await waitFor(() => said.ask >= count, 'every ask', 900_000);
    const askedSeconds = seconds(start);

    const signalled = process.hrtime.bigint();
    for (const id of ids) arrived.add(id);
    await inBatches(ids, 50, (freelancerId) =>
      temporal.client.workflow
        .getHandle(collectionWorkflowId(freelancerId, month))
        .signal(documentAttachedSignal),
    );
    // Done means the workflow closed: thanked, and its month recorded complete.
    await inBatches(ids, 50, (freelancerId) =>
      temporal.client.workflow.getHandle(collectionWorkflowId(freelancerId, month)).result(),
    );
    const completeSeconds = seconds(signalled);
    const totalSeconds = seconds(start);
    const recorded = await database.db.collectionMonth.count({ where: { state: 'COMPLETE' } });
    if (recorded !== count)
      throw new Error(`${recorded} months recorded complete, expected ${count}`);
    return {
      collections: count,
      startSeconds,
      askedSeconds,
      completeSeconds,
      totalSeconds,
      perSecond: count / totalSeconds,
    };
  } finally {
    worker.shutdown();
    await running;
    await connection.close();
    await temporal.stop();
    await database.drop();
  }
}
