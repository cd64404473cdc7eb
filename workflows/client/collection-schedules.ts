import {
  ScheduleAlreadyRunning,
  ScheduleOverlapPolicy,
  type Client,
  type ScheduleDescription,
  type ScheduleOptions,
} from '@temporalio/client';
import type { CollectionStarterInput } from '../monthly-collection-starter-workflow.ts';
import { FIRM_ID, FREELANCER_ID, WORKFLOW_KIND } from '../search-attributes.ts';
import type { StaffDigestInput } from '../staff-digest-workflow.ts';

// Core-free: the CLI, the dashboard and the bots call these with a Temporal client only.

export const PARIS_TIME_ZONE = 'Europe/Paris';

export interface CollectionScheduleInput {
  readonly freelancerId: string;
  readonly firmId: string | null;
  readonly taskQueue: string;
  /** Day of the month the collection of the previous month starts (1–28). */
  readonly dayOfMonth?: number;
  readonly hour?: number;
  readonly minute?: number;
}

export interface DigestScheduleInput {
  readonly firmId: string;
  readonly taskQueue: string;
  readonly hour?: number;
  readonly minute?: number;
}

export const collectionScheduleId = (freelancerId: string) => `receipts-schedule-${freelancerId}`;
export const digestScheduleId = (firmId: string) => `digest-schedule-${firmId}`;

export class InvalidScheduleError extends Error {
  readonly code = 'INVALID_SCHEDULE';
}

/**
 * Creates the freelancer's monthly collection Schedule (default: the 1st, 09:00 Europe/Paris),
 * or changes its day and time. A paused Schedule stays paused; running collections are not
 * touched, so changing the day loses nothing.
 */
export async function upsertCollectionSchedule(client: Client, input: CollectionScheduleInput) {
  await upsertSchedule(client, collectionSchedule(input));
}

/** The firm's daily digest for staff (default 08:30 Europe/Paris). */
export async function upsertDigestSchedule(client: Client, input: DigestScheduleInput) {
  await upsertSchedule(client, digestSchedule(input));
}

/**
 * Creates the Schedules missing among these (a freelancer or firm added since): existing ones,
 * whatever day they were moved to or however paused, are left as they are.
 */
export async function createMissingSchedules(
  client: Client,
  input: {
    taskQueue: string;
    freelancers: ReadonlyArray<{ freelancerId: string; firmId: string | null }>;
    firmIds: readonly string[];
  },
): Promise<number> {
  const existing = new Set<string>();
  for await (const schedule of client.schedule.list()) existing.add(schedule.scheduleId);
  const { taskQueue } = input;
  const wanted = [
    ...input.freelancers.map((freelancer) => collectionSchedule({ ...freelancer, taskQueue })),
    ...input.firmIds.map((firmId) => digestSchedule({ firmId, taskQueue })),
  ].filter((options) => !existing.has(options.scheduleId));
  for (const options of wanted) {
    await client.schedule.create(options).catch((error: unknown) => {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    });
  }
  return wanted.length;
}

function collectionSchedule(input: CollectionScheduleInput): ScheduleOptions {
  const dayOfMonth = input.dayOfMonth ?? 1;
  // Every month has a 28th: a later day would skip February.
  if (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 28) {
    throw new InvalidScheduleError(`day of month ${dayOfMonth} is not between 1 and 28`);
  }
  const args: [CollectionStarterInput] = [
    { freelancerId: input.freelancerId, firmId: input.firmId },
  ];
  return {
    scheduleId: collectionScheduleId(input.freelancerId),
    spec: {
      calendars: [{ dayOfMonth, hour: time(input.hour, 9, 23), minute: time(input.minute, 0, 59) }],
      timezone: PARIS_TIME_ZONE,
    },
    action: {
      type: 'startWorkflow',
      workflowType: 'monthlyCollectionStarterWorkflow',
      workflowId: `receipts-start-${input.freelancerId}`,
      taskQueue: input.taskQueue,
      args,
      typedSearchAttributes: [
        { key: FREELANCER_ID, value: input.freelancerId },
        { key: WORKFLOW_KIND, value: 'collection-starter' },
        ...(input.firmId ? [{ key: FIRM_ID, value: input.firmId }] : []),
      ],
    },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '3 days' },
  };
}

function digestSchedule(input: DigestScheduleInput): ScheduleOptions {
  const args: [StaffDigestInput] = [{ firmId: input.firmId }];
  return {
    scheduleId: digestScheduleId(input.firmId),
    spec: {
      calendars: [{ hour: time(input.hour, 8, 23), minute: time(input.minute, 30, 59) }],
      timezone: PARIS_TIME_ZONE,
    },
    action: {
      type: 'startWorkflow',
      workflowType: 'staffDigestWorkflow',
      workflowId: `digest-${input.firmId}`,
      taskQueue: input.taskQueue,
      args,
      typedSearchAttributes: [
        { key: FIRM_ID, value: input.firmId },
        { key: WORKFLOW_KIND, value: 'staff-digest' },
      ],
    },
    // A digest missed for more than a few hours is replaced by the next one.
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '6 hours' },
  };
}

/** Stops future collections (holidays, a freelancer leaving); the month running goes on. */
export async function pauseCollectionSchedule(client: Client, freelancerId: string, note: string) {
  await client.schedule.getHandle(collectionScheduleId(freelancerId)).pause(note);
}

export async function resumeCollectionSchedule(client: Client, freelancerId: string, note: string) {
  await client.schedule.getHandle(collectionScheduleId(freelancerId)).unpause(note);
}

export async function describeCollectionSchedule(
  client: Client,
  freelancerId: string,
): Promise<ScheduleDescription> {
  return client.schedule.getHandle(collectionScheduleId(freelancerId)).describe();
}

async function upsertSchedule(client: Client, options: ScheduleOptions): Promise<void> {
  try {
    await client.schedule.create(options);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    const { scheduleId, ...wanted } = options;
    await client.schedule.getHandle(scheduleId).update((previous) => ({
      ...wanted,
      state: {
        paused: previous.state.paused,
        ...(previous.state.note ? { note: previous.state.note } : {}),
      },
    }));
  }
}

function time(value: number | undefined, fallback: number, max: number): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < 0 || chosen > max) {
    throw new InvalidScheduleError(`${chosen} is not a valid time value (0–${max})`);
  }
  return chosen;
}
