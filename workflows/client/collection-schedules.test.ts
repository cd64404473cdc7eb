import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import {
  startCollectionWorker,
  type CollectionWorker,
} from '../../test/support/collection-worker.ts';
import { eventually } from '../../test/support/time-skipping.ts';
import { previousParisMonth } from '../paris-calendar.ts';
import {
  BOOKS_MONTH,
  FIRM_ID,
  FREELANCER_ID,
  WORKFLOW_KIND,
  WORKFLOW_STATE,
} from '../search-attributes.ts';
import {
  collectionScheduleId,
  createMissingSchedules,
  describeCollectionSchedule,
  digestScheduleId,
  InvalidScheduleError,
  pauseCollectionSchedule,
  resumeCollectionSchedule,
  upsertCollectionSchedule,
  upsertDigestSchedule,
} from './collection-schedules.ts';

const suffix = Math.random().toString(36).slice(2, 8);
const freelancerId = `sam-${suffix}`;
const firmId = `cabinet-${suffix}`;

let database: TestDatabase;
let connection: Connection;
let client: Client;
let worker: CollectionWorker;

const parisTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.firm.create({ data: { id: firmId, name: 'Cabinet Planning' } });
  await database.db.freelancer.create({
    data: { id: freelancerId, displayName: 'Sam Leroy', firmId },
  });
  connection = await Connection.connect({ address: inject('temporalAddress') });
  client = new Client({ connection });
  worker = await startCollectionWorker({ db: database.db });
});

afterAll(async () => {
  const ids = [collectionScheduleId(freelancerId), collectionScheduleId(`new-${suffix}`)];
  for (const id of [...ids, digestScheduleId(firmId)]) {
    await client?.schedule
      .getHandle(id)
      .delete()
      .catch(() => undefined);
  }
  await worker?.stop();
  await connection?.close();
  await database?.drop();
});

describe('collection and digest schedules', () => {
  it('run on the 1st at 09:00 Paris by default; a new day keeps a pause', async () => {
    await upsertCollectionSchedule(client, { freelancerId, firmId, taskQueue: worker.taskQueue });
    const created = await describeCollectionSchedule(client, freelancerId);
    expect(created.spec.timezone).toBe('Europe/Paris');
    expect(created.action).toMatchObject({
      workflowType: 'monthlyCollectionStarterWorkflow',
      args: [{ freelancerId, firmId }],
    });
    const next = created.info.nextActionTimes[0]!;
    expect(parisTime.format(next)).toBe('01 09:00');

    await pauseCollectionSchedule(client, freelancerId, 'congés de Sam');
    await upsertCollectionSchedule(client, {
      freelancerId,
      firmId,
      taskQueue: worker.taskQueue,
      dayOfMonth: 5,
      hour: 10,
    });
    const moved = await describeCollectionSchedule(client, freelancerId);
    expect(moved.state).toMatchObject({ paused: true, note: 'congés de Sam' });
    expect(moved.spec.calendars?.[0]).toMatchObject({
      dayOfMonth: [{ start: 5, end: 5, step: 1 }],
      hour: [{ start: 10, end: 10, step: 1 }],
    });

    await resumeCollectionSchedule(client, freelancerId, 'retour de Sam');
    const resumed = await describeCollectionSchedule(client, freelancerId);
    expect(resumed.state.paused).toBe(false);
    expect(parisTime.format(resumed.info.nextActionTimes[0]!)).toBe('05 10:00');

    await expect(
      upsertCollectionSchedule(client, {
        freelancerId,
        firmId,
        taskQueue: worker.taskQueue,
        dayOfMonth: 31,
      }),
    ).rejects.toBeInstanceOf(InvalidScheduleError);
  });

  it('when triggered, starts the collection of the month that just ended, searchable', async () => {
    await client.schedule.getHandle(collectionScheduleId(freelancerId)).trigger();
    const month = previousParisMonth(Date.now());
    const handle = client.workflow.getHandle(`receipts-${freelancerId}-${month}`);
    const done = await eventually(
      async () => {
        const description = await handle.describe().catch(() => null);
        return description?.status.name === 'COMPLETED' ? description : undefined;
      },
      'the monthly collection',
      30_000,
    );
    const attributes = done.typedSearchAttributes;
    expect(attributes.get(FREELANCER_ID)).toBe(freelancerId);
    expect(attributes.get(FIRM_ID)).toBe(firmId);
    expect(attributes.get(WORKFLOW_KIND)).toBe('monthly-collection');
    expect(attributes.get(BOOKS_MONTH)).toBe(month);
    expect(attributes.get(WORKFLOW_STATE)).toBe('COMPLETE');
  });

  it('send the staff digest every morning at 08:30 Paris', async () => {
    await upsertDigestSchedule(client, { firmId, taskQueue: worker.taskQueue });
    const digest = await client.schedule.getHandle(digestScheduleId(firmId)).describe();
    expect(digest.action).toMatchObject({
      workflowType: 'staffDigestWorkflow',
      args: [{ firmId }],
    });
    expect(parisTime.format(digest.info.nextActionTimes[0]!)).toMatch(/ 08:30$/);
  });

  it('are created at start-up for whoever lacks one, leaving the others as they were', async () => {
    const created = await createMissingSchedules(client, {
      taskQueue: worker.taskQueue,
      freelancers: [
        { freelancerId, firmId },
        { freelancerId: `new-${suffix}`, firmId },
      ],
      firmIds: [firmId],
    });
    expect(created).toBe(1);
    const kept = await describeCollectionSchedule(client, freelancerId);
    expect(parisTime.format(kept.info.nextActionTimes[0]!)).toBe('05 10:00');
    const added = await describeCollectionSchedule(client, `new-${suffix}`);
    expect(parisTime.format(added.info.nextActionTimes[0]!)).toBe('01 09:00');
  });
});
