import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, type Database } from '../../core/db/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import {
  startCollectionWorker,
  type CollectionWorker,
} from '../../test/support/collection-worker.ts';
import { eventually } from '../../test/support/time-skipping.ts';
import { collectionWorkflowId, monthlyCollectionWorkflow } from '../monthly-collection-workflow.ts';
import { listWorkflowProblems } from './workflow-problems.ts';

const suffix = Math.random().toString(36).slice(2, 8);

let database: TestDatabase;
let unreachable: Database;
let connection: Connection;
let client: Client;
let healthy: CollectionWorker;
let broken: CollectionWorker;

beforeAll(async () => {
  database = await createTestDatabase();
  // A database that does not exist: every query fails, and is retried, again and again.
  const url = new URL(database.url);
  url.pathname = `/pointage_absent_${suffix}`;
  unreachable = createDatabase(url.toString(), { maxConnections: 1 });
  connection = await Connection.connect({ address: inject('temporalAddress') });
  client = new Client({ connection });
  healthy = await startCollectionWorker({ db: database.db });
  broken = await startCollectionWorker({ db: unreachable });
});

afterAll(async () => {
  await client?.workflow
    .getHandle(collectionWorkflowId(`stuck-${suffix}`, '2026-11'))
    .terminate()
    .catch(() => undefined);
  await healthy?.stop();
  await broken?.stop();
  await unreachable?.$disconnect();
  await connection?.close();
  await database?.drop();
});

describe('workflow problems found through the search attributes', () => {
  it('lists a collection that failed and one stuck on a failing activity', async () => {
    const ghost = `ghost-${suffix}`;
    const failed = await client.workflow.start(monthlyCollectionWorkflow, {
      workflowId: collectionWorkflowId(ghost, '2026-11'),
      taskQueue: healthy.taskQueue,
      args: [{ freelancerId: ghost, month: '2026-11' }],
    });
    await expect(failed.result()).rejects.toThrow();
    const [problem] = await eventually(async () => {
      const found = await listWorkflowProblems(client, { freelancerId: ghost });
      return found.length > 0 ? found : undefined;
    }, 'the failed workflow in visibility');
    expect(problem).toMatchObject({
      workflowId: failed.workflowId,
      kind: 'monthly-collection',
      freelancerId: ghost,
      firmId: null,
      problem: 'FAILED',
    });

    const stuck = `stuck-${suffix}`;
    await client.workflow.start(monthlyCollectionWorkflow, {
      workflowId: collectionWorkflowId(stuck, '2026-11'),
      taskQueue: broken.taskQueue,
      args: [{ freelancerId: stuck, month: '2026-11' }],
    });
    const [blocked] = await eventually(
      async () => {
        const found = await listWorkflowProblems(client, { freelancerId: stuck });
        return found.length > 0 ? found : undefined;
      },
      'the stuck workflow',
      40_000,
    );
    expect(blocked).toMatchObject({
      problem: 'STUCK',
      kind: 'monthly-collection',
      freelancerId: stuck,
    });
    expect(blocked!.detail).toMatch(/^loadCollectionSettings échoue \(essai \d+\) : /);
  }, 60_000);
});
