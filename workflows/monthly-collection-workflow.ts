import {
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  defineSignal,
  defineUpdate,
  log,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
  type RetryPolicy,
} from '@temporalio/workflow';
import type { CollectionState } from '../core/collection/collection-month.ts';
import type {
  CollectionActivities,
  CollectionSnapshot,
  MissingCounts,
} from './activities/collection-activities.ts';
import type { CollectionNoticeKind } from './activities/collection-notices.ts';
import { FREELANCER_NOT_FOUND } from './failure-types.ts';
import {
  BOOKS_MONTH,
  FIRM_ID,
  FREELANCER_ID,
  WORKFLOW_KIND,
  WORKFLOW_STATE,
} from './search-attributes.ts';

/** One workflow per freelancer and month, id `receipts-<freelancerId>-<YYYY-MM>`. */
export interface MonthlyCollectionInput {
  readonly freelancerId: string;
  /** `YYYY-MM`, the Paris month collected. */
  readonly month: string;
  /** Carried over continue-as-new; absent on the first run. */
  readonly progress?: CollectionProgress;
  /** History events before continuing as new; tests lower it. */
  readonly historyLimit?: number;
}

/** Everything a run hands to the next one: times are workflow time in epoch milliseconds. */
export interface CollectionProgress {
  readonly askedAtMs: number;
  readonly remindersSent: number;
  readonly escalatedAtMs: number | null;
  readonly pausedAtMs: number | null;
  /** Time spent paused: reminders and escalation move by as much. */
  readonly pausedTotalMs: number;
  readonly missing: MissingCounts;
}

export interface CollectionStatus {
  readonly freelancerId: string;
  readonly month: string;
  readonly state: CollectionState;
  readonly missing: MissingCounts;
  readonly remindersSent: number;
  readonly escalated: boolean;
  readonly closedBy: string | null;
}

export interface CollectionOutcome {
  readonly state: 'COMPLETE' | 'CLOSED';
  readonly remindersSent: number;
  readonly closedBy: string | null;
}

export const collectionWorkflowId = (freelancerId: string, month: string) =>
  `receipts-${freelancerId}-${month}`;

/** A receipt or statement was attached: the workflow checks again what is missing. */
export const documentAttachedSignal = defineSignal('documentAttached');
export const pauseCollectionSignal = defineSignal('pauseCollection');
export const resumeCollectionSignal = defineSignal('resumeCollection');
// An update, not a signal: staff wait until the month is recorded closed.
export const closeMonthUpdate = defineUpdate<CollectionStatus, [{ staffId: string }]>('closeMonth');
export const getCollectionStatusQuery = defineQuery<CollectionStatus>('getCollectionStatus');

// No attempt limit on reads: a database outage delays the month, it must not fail it.
const READ_RETRY: RetryPolicy = {
  initialInterval: '2 seconds',
  maximumInterval: '5 minutes',
  nonRetryableErrorTypes: [FREELANCER_NOT_FOUND],
};
// The first read of a run is a regular activity: when the database is out, the workflow shows a
// pending activity failing again and again, which the status and the digest report as stuck.
const setup = proxyActivities<CollectionActivities>({
  startToCloseTimeout: '1 minute',
  retry: READ_RETRY,
});
// Then short idempotent reads and one upsert as local activities, run by the worker that runs the
// workflow: no task-queue round trip (2.5 times faster on the 1,000-collection bench).
const reads = proxyLocalActivities<CollectionActivities>({
  startToCloseTimeout: '1 minute',
  retry: READ_RETRY,
});

const notices = proxyActivities<CollectionActivities>({
  startToCloseTimeout: '5 minutes',
  // The send heartbeats: a worker killed mid-send is noticed in seconds, and the retry finds
  // in the notification log what already left.
  heartbeatTimeout: '15 seconds',
  retry: { initialInterval: '10 seconds', maximumInterval: '30 minutes' },
});

const DAY_MS = 86_400_000;
const DEFAULT_HISTORY_LIMIT = 2_000;

export async function monthlyCollectionWorkflow(
  input: MonthlyCollectionInput,
): Promise<CollectionOutcome> {
  const { freelancerId, month } = input;
  const { workflowId } = workflowInfo();
  // Searchable from the first task, so that even a run failing at once is found by freelancer.
  upsertSearchAttributes([
    { key: FREELANCER_ID, value: freelancerId },
    { key: WORKFLOW_KIND, value: 'monthly-collection' },
    { key: BOOKS_MONTH, value: month },
    { key: WORKFLOW_STATE, value: initialState(input.progress ?? null) },
  ]);

  let progress: Mutable<CollectionProgress> | null = input.progress ? { ...input.progress } : null;
  let missing: MissingCounts = progress?.missing ?? { statements: 0, receipts: 0 };
  let state: CollectionState = initialState(progress);
  let recheck = false;
  let dirty = false;
  let closeBy: string | null = null;
  let finished = false;

  const status = (): CollectionStatus => ({
    freelancerId,
    month,
    state,
    missing,
    remindersSent: progress?.remindersSent ?? 0,
    escalated: progress?.escalatedAtMs != null,
    closedBy: state === 'CLOSED' ? closeBy : null,
  });
  const moveTo = (next: CollectionState) => {
    state = next;
    upsertSearchAttributes([{ key: WORKFLOW_STATE, value: next }]);
  };

  setHandler(getCollectionStatusQuery, status);
  setHandler(documentAttachedSignal, () => {
    recheck = true;
  });
  setHandler(pauseCollectionSignal, () => {
    if (!progress || progress.pausedAtMs !== null || finished) return;
    progress.pausedAtMs = Date.now();
    moveTo('PAUSED');
    dirty = true;
  });
  setHandler(resumeCollectionSignal, () => {
    if (!progress || progress.pausedAtMs === null || finished) return;
    progress.pausedTotalMs += Date.now() - progress.pausedAtMs;
    progress.pausedAtMs = null;
    moveTo(progress.escalatedAtMs !== null ? 'ESCALATED' : 'COLLECTING');
    dirty = true;
  });
  setHandler(
    closeMonthUpdate,
    async ({ staffId }) => {
      closeBy ??= staffId;
      await condition(() => finished);
      return status();
    },
    {
      validator: ({ staffId }) => {
        if (typeof staffId !== 'string' || staffId === '') throw new Error('staffId is required');
      },
    },
  );

  // Handlers are set before the first await: a query or an update arriving while the settings
  // load (a new run after continue-as-new) finds them.
  const settings = await setup.loadCollectionSettings({ freelancerId });
  if (settings.firmId) upsertSearchAttributes([{ key: FIRM_ID, value: settings.firmId }]);
  const plan = settings.plan;

  const snapshot = (completedAtMs: number | null = null): CollectionSnapshot => ({
    freelancerId,
    month,
    firmId: settings.firmId,
    state,
    missing,
    remindersSent: progress?.remindersSent ?? 0,
    askedAt: iso(progress?.askedAtMs ?? null),
    escalatedAt: iso(progress?.escalatedAtMs ?? null),
    completedAt: iso(completedAtMs),
    closedBy: state === 'CLOSED' ? closeBy : null,
    checkedAt: iso(Date.now())!,
  });
  const check = async () => {
    missing = await reads.checkMissingItems({ freelancerId, month, plan });
    return missing.statements + missing.receipts;
  };
  const notify = (notice: CollectionNoticeKind) =>
    notices.sendCollectionNotice({ workflowId, freelancerId, month, notice });

  async function finish(final: 'COMPLETE' | 'CLOSED'): Promise<CollectionOutcome> {
    moveTo(final);
    // Nobody is thanked for a month that never needed asking.
    if (progress) await notify({ kind: final === 'COMPLETE' ? 'complete' : 'closed' });
    await reads.recordCollectionMonth(snapshot(Date.now()));
    finished = true;
    log.info('monthly collection finished', { freelancerId, month, state: final });
    await condition(allHandlersFinished);
    return {
      state: final,
      remindersSent: progress?.remindersSent ?? 0,
      closedBy: status().closedBy,
    };
  }

  // The first run asks for everything missing; a month with nothing missing is complete at once.
  if (!progress) {
    if ((await check()) === 0) return finish('COMPLETE');
    if (closeBy !== null) return finish('CLOSED');
    const asked = await notify({ kind: 'ask' });
    if (asked.nothingMissing) recheck = true;
    progress = {
      askedAtMs: Date.now(),
      remindersSent: 0,
      escalatedAtMs: null,
      pausedAtMs: null,
      pausedTotalMs: 0,
      missing,
    };
    await reads.recordCollectionMonth(snapshot());
  }
  const run = progress;

  const escalationDueMs = () =>
    run.escalatedAtMs === null && settings.firmId
      ? run.askedAtMs + run.pausedTotalMs + settings.escalationAfterDays * DAY_MS
      : Infinity;
  const reminderDueMs = () =>
    run.askedAtMs +
    run.pausedTotalMs +
    (run.remindersSent + 1) * settings.reminderEveryDays * DAY_MS;
  const historyFull = () =>
    workflowInfo().continueAsNewSuggested ||
    workflowInfo().historyLength >= (input.historyLimit ?? DEFAULT_HISTORY_LIMIT);

  for (;;) {
    const dueMs = Math.min(escalationDueMs(), reminderDueMs());
    const wake = () => recheck || dirty || closeBy !== null || historyFull();
    if (run.pausedAtMs !== null) await condition(wake);
    else if (dueMs > Date.now()) await condition(wake, dueMs - Date.now());

    if (closeBy !== null) return finish('CLOSED');
    if (recheck) {
      recheck = false;
      if ((await check()) === 0) return finish('COMPLETE');
      dirty = true;
    }
    const escalationDue = run.pausedAtMs === null && Date.now() >= escalationDueMs();
    const reminderDue = run.pausedAtMs === null && Date.now() >= reminderDueMs();
    // What is missing is checked at the moment a notice leaves, never taken from last week.
    if ((escalationDue || reminderDue) && (await check()) === 0) return finish('COMPLETE');
    if (escalationDue) {
      const days = settings.escalationAfterDays;
      await notify({ kind: 'escalation', days, remindersSent: run.remindersSent });
      run.escalatedAtMs = Date.now();
      moveTo('ESCALATED');
      dirty = true;
    }
    if (reminderDue) {
      const number = run.remindersSent + 1;
      const reminded = await notify({ kind: 'reminder', number });
      if (reminded.nothingMissing) recheck = true;
      run.remindersSent = number;
      dirty = true;
    }
    if (dirty) {
      dirty = false;
      run.missing = missing;
      await reads.recordCollectionMonth(snapshot());
    }

    if (historyFull() && !recheck && closeBy === null) {
      await condition(allHandlersFinished);
      return continueAsNew<typeof monthlyCollectionWorkflow>({ ...input, progress: run });
    }
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function initialState(progress: CollectionProgress | null): CollectionState {
  if (progress?.pausedAtMs != null) return 'PAUSED';
  return progress?.escalatedAtMs != null ? 'ESCALATED' : 'COLLECTING';
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}
