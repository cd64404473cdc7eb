import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFreelancer } from '../core/freelancers/ensure-freelancer.ts';
import { createTestDatabase, type TestDatabase } from '../test/database.ts';
import { PROJECT_ROOT, readFixture } from '../test/fixtures.ts';
import { startTemporalHarness, type TemporalHarness } from '../test/support/temporal-harness.ts';
import { importStatementThroughWorkflow } from './client/import-statement.ts';
import { connectionWorkflowId, getConnectionStatusQuery } from './connection-lifecycle-workflow.ts';

const SAMPLE = path.join(PROJECT_ROOT, 'samples/compte-pro-societe-generale_2026-09_2026-11.csv');

let database: TestDatabase;
let harness: TemporalHarness;
const freelancerId = 'ines';
let connectionId: string;

async function importBytes(bytes: Uint8Array, fileName: string) {
  const stored = await harness.files.put(bytes);
  return importStatementThroughWorkflow(harness.client, {
    connectionId,
    freelancerId,
    taskQueue: harness.taskQueue,
    request: { fileSha256: stored.sha256, fileName },
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await startTemporalHarness(database);
  await ensureFreelancer(database.db, { id: freelancerId, ownNames: ['INES GARNIER'] });
  // One Temporal server serves every test file: a connection id of its own keeps workflows apart.
  connectionId = `file-${harness.taskQueue}`;
  await database.db.connection.create({
    data: { id: connectionId, freelancerId, provider: 'FILE', state: 'ACTIVE', label: 'Relevés' },
  });
});

afterAll(async () => {
  await harness.close();
  await database.drop();
});

describe('connection lifecycle workflow: statement import', () => {
  it('imports the shipped sample through the workflow, categorised, then finds nothing new', async () => {
    const first = await importBytes(new Uint8Array(readFileSync(SAMPLE)), path.basename(SAMPLE));
    expect(first.newCount).toBe(45);
    expect(first.knownCount).toBe(0);
    expect(first.accounts).toHaveLength(1);
    const categorised = await database.db.transaction.count({ where: { categorisedAt: { not: null } } });
    expect(categorised).toBe(45);
    // The personal transfers to INES GARNIER are prélèvements, never dépenses.
    const withdrawals = await database.db.transaction.findMany({ where: { categoryCode: 'PRELEVEMENT_PERSONNEL' } });
    expect(withdrawals.map((row) => Number(row.amountCents))).toEqual([-220000, -220000, -220000]);

    const second = await importBytes(new Uint8Array(readFileSync(SAMPLE)), path.basename(SAMPLE));
    expect(second).toMatchObject({ newCount: 0, knownCount: 45 });
    expect(await database.db.transaction.count()).toBe(45);

    const status = await harness.client.workflow
      .getHandle(connectionWorkflowId(connectionId))
      .query(getConnectionStatusQuery);
    expect(status).toMatchObject({ state: 'ACTIVE', importsDone: 2 });
  });

  it('rejects a broken statement with the file and line, storing nothing', async () => {
    const before = await database.db.transaction.count();
    const attempt = importBytes(readFixture('statements/ofx/broken_no-header_bad-date_bad-amount.ofx'), 'broken.ofx');
    await expect(attempt).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    const error = (await attempt.catch((caught: unknown) => caught)) as WorkflowUpdateFailedError;
    expect(String((error.cause as Error).message)).toMatch(/broken\.ofx, line 4[34]/);
    expect(await database.db.transaction.count()).toBe(before);
  });
});
