import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/database.ts';
import { PROJECT_ROOT } from '../test/fixtures.ts';
import { recordHistory } from '../test/support/record-history.ts';
import { eventually } from '../test/support/time-skipping.ts';
import { notifyDocumentAttached } from './client/collection-commands.ts';
import { collectionWorkflowId, monthlyCollectionWorkflow } from './monthly-collection-workflow.ts';

const DAY_MS = 86_400_000;
const WORKER_SCRIPT = path.join(PROJECT_ROOT, 'test/support/collection-worker-process.ts');
const suffix = Math.random().toString(36).slice(2, 8);
const freelancerId = `nina-${suffix}`;
const taskQueue = `collection-restart-${suffix}`;
const folder = mkdtempSync(path.join(tmpdir(), 'pointage-restart-'));
const outbox = path.join(folder, 'outbox.jsonl');
const hangFlag = path.join(folder, 'hang-email');

let database: TestDatabase;
let connection: Connection;
let client: Client;
const workers: ChildProcess[] = [];

interface OutboxEntry {
  readonly channel: string;
  readonly text?: string;
  readonly pid?: number;
}

function readOutbox(): OutboxEntry[] {
  if (!existsSync(outbox)) return [];
  return readFileSync(outbox, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OutboxEntry);
}

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER_SCRIPT], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TASK_QUEUE: taskQueue,
      OUTBOX_FILE: outbox,
      HANG_EMAIL_FLAG: hangFlag,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push(child);
  return child;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.firm.create({
    data: { id: 'cabinet-restart', name: 'Cabinet Reprise', plan: 'FULL' },
  });
  await database.db.freelancer.create({
    data: {
      id: freelancerId,
      displayName: 'Nina Petit',
      email: 'nina@exemple.test',
      firmId: 'cabinet-restart',
    },
  });
  await database.db.account.create({
    data: { id: `acc-${suffix}`, freelancerId, name: 'Compte pro', kind: 'CHECKING' },
  });
  connection = await Connection.connect({ address: inject('temporalAddress') });
  client = new Client({ connection });
});

afterAll(async () => {
  for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
  await connection?.close();
  await database?.drop();
  rmSync(folder, { recursive: true, force: true });
});

describe('monthly collection: a worker killed during a reminder', () => {
  it('loses nothing and sends nothing twice once a new worker takes over', async () => {
    writeFileSync(hangFlag, '');
    const first = startWorker();

    // Asked seven and a half days ago: the first reminder is due as soon as the workflow runs.
    const handle = await client.workflow.start(monthlyCollectionWorkflow, {
      workflowId: collectionWorkflowId(freelancerId, '2026-11'),
      taskQueue,
      args: [
        {
          freelancerId,
          month: '2026-11',
          progress: {
            askedAtMs: Date.now() - 7.5 * DAY_MS,
            remindersSent: 0,
            escalatedAtMs: null,
            pausedAtMs: null,
            pausedTotalMs: 0,
            missing: { statements: 1, receipts: 0 },
          },
        },
      ],
    });

    // The chat reminder left; the e-mail hangs: the worker dies in the middle of the activity.
    await eventually(
      () => (readOutbox().some((e) => e.channel === 'email-attempt') ? true : undefined),
      'the e-mail attempt',
      60_000,
    );
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    rmSync(hangFlag);

    startWorker();
    await eventually(
      () => (readOutbox().some((e) => e.channel === 'email') ? true : undefined),
      'the e-mail after restart',
      90_000,
    );

    // Nothing lost: the month still completes when the statement comes in.
    await database.db.monthStatement.create({
      data: {
        id: `st-${suffix}`,
        freelancerId,
        accountId: `acc-${suffix}`,
        month: '2026-11',
        fileSha256: 'a'.repeat(64),
        fileName: 'releve-novembre.pdf',
        sizeBytes: 1024,
        periodFrom: new Date('2026-11-01T00:00:00Z'),
        periodTo: new Date('2026-11-30T00:00:00Z'),
      },
    });
    expect(await notifyDocumentAttached(client, { freelancerId, month: '2026-11' })).toBe(true);
    expect(await handle.result()).toEqual({ state: 'COMPLETE', remindersSent: 1, closedBy: null });

    const delivered = readOutbox().filter((e) =>
      ['chat', 'email', 'staff-chat'].includes(e.channel),
    );
    expect(delivered.map((e) => [e.channel, e.text?.slice(0, 22) ?? null])).toEqual([
      ['chat', 'Rappel n°1 : novembre '],
      ['email', null],
      ['chat', 'Merci ! novembre 2026 '],
    ]);
    const attempts = readOutbox().filter((e) => e.channel === 'email-attempt');
    expect(new Set(attempts.map((e) => e.pid)).size).toBe(2);
    await recordHistory(handle, 'monthly-collection-worker-restart');
  }, 150_000);
});
