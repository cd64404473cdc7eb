import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { silentLogger } from '../../core/logging/logger.ts';
import { FREELANCER_ID, WORKFLOW_KIND } from '../../workflows/search-attributes.ts';
import { createTemporalWorkflows } from './temporal-workflows.ts';

let connection: Connection;
let client: Client;
const freelancerId = `dash-${Math.random().toString(36).slice(2, 10)}`;
const workflowId = `receipts-${freelancerId}-2026-10`;

beforeAll(async () => {
  connection = await Connection.connect({ address: inject('temporalAddress') });
  client = new Client({ connection, namespace: 'default' });
  // No worker polls this queue: the workflow stays running with its first task pending.
  await client.workflow.start('monthlyCollectionWorkflow', {
    workflowId,
    taskQueue: `nobody-${freelancerId}`,
    typedSearchAttributes: [
      { key: FREELANCER_ID, value: freelancerId },
      { key: WORKFLOW_KIND, value: 'monthly-collection' },
    ],
  });
});
afterAll(async () => {
  await client?.workflow
    .getHandle(workflowId)
    .terminate('test over')
    .catch(() => undefined);
  await connection?.close();
});

describe('a freelancer’s workflows from Temporal', () => {
  it('lists them by the freelancer search attribute, linked to the Temporal UI', async () => {
    const port = createTemporalWorkflows({
      client,
      ui: { url: 'http://127.0.0.1:8233/', namespace: 'default' },
      logger: silentLogger,
    });
    // Visibility is eventually consistent: the new workflow shows up within a moment.
    await expect
      .poll(async () => (await port.listForFreelancer({ freelancerId })).length, {
        timeout: 10_000,
      })
      .toBe(1);
    const [workflow] = await port.listForFreelancer({ freelancerId });
    expect(workflow).toMatchObject({
      workflowId,
      type: 'monthly-collection',
      status: 'RUNNING',
      problem: null,
      url: `http://127.0.0.1:8233/namespaces/default/workflows/${workflowId}`,
    });
  });
});
