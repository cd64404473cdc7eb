// The lifecycle of an aggregator connection, run by connectionLifecycleWorkflow: link, periodic
// syncs, consent notices, end (expiry or break), renewal, disconnection. Workflow code.
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { EndReason } from '../../core/banking/consent-texts.ts';
import type { SyncOutcome } from '../../core/banking/sync-connection.ts';
import type { ConnectionActivities } from '../activities/connection-activities.ts';
import type { ImportActivities } from '../activities/import-activities.ts';
import {
  BANK_LINK_REFUSED,
  BANK_REQUEST_REFUSED,
  BANKING_NOT_CONFIGURED,
  CONNECTION_NOT_FOUND,
} from '../failure-types.ts';
import {
  CONSENT_END,
  FIRM_ID,
  FREELANCER_ID,
  WORKFLOW_KIND,
  WORKFLOW_STATE,
} from '../search-attributes.ts';
import {
  alreadyPast,
  DAY_MS,
  DEFAULT_NOTICE_SETTINGS,
  dueNotices,
  epochKey,
  nextNoticeAt,
  planNotices,
  snoozeNotices,
  type PlannedNotice,
} from './consent-plan.ts';
import {
  completeBankLinkUpdate,
  disconnectSignal,
  getConnectionStatusQuery,
  remindLaterSignal,
  requestBankLinkUpdate,
  syncNowSignal,
  type BankLifecycleState,
  type ConnectionLifecycleInput,
  type ConnectionStatus,
  type ConnectionStatusState,
  type LifecycleSettings,
} from './lifecycle-messages.ts';

export const DEFAULT_LIFECYCLE_SETTINGS: LifecycleSettings = {
  ...DEFAULT_NOTICE_SETTINGS,
  syncEveryHours: 6,
  maxSyncFailures: 3,
  retryAfterFailureMinutes: 60,
  maxHistoryEvents: 5_000,
};

const PERMANENT = [
  BANK_REQUEST_REFUSED,
  BANK_LINK_REFUSED,
  BANKING_NOT_CONFIGURED,
  CONNECTION_NOT_FOUND,
];

const bank = proxyActivities<ConnectionActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '10 seconds', maximumAttempts: 5, nonRetryableErrorTypes: PERMANENT },
});
// A sync reads every page of every active account: longer, and each attempt costs a daily pull,
// so Temporal retries once; the workflow itself tries again an hour later.
const syncing = proxyActivities<ConnectionActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '1 minute', maximumAttempts: 2, nonRetryableErrorTypes: PERMANENT },
});
// Notices keep trying for hours (a relay down, a bot restarting); each message is sent once.
const notices = proxyActivities<ConnectionActivities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '20 seconds',
  retry: {
    initialInterval: '30 seconds',
    maximumInterval: '30 minutes',
    maximumAttempts: 20,
    nonRetryableErrorTypes: [CONNECTION_NOT_FOUND],
  },
});
const categorising = proxyActivities<ImportActivities>({
  startToCloseTimeout: '15 minutes',
  retry: { initialInterval: '10 seconds', maximumAttempts: 5 },
});

const INITIAL: BankLifecycleState = {
  phase: 'PENDING_AUTH',
  epoch: null,
  consentEnd: null,
  done: [],
  extra: [],
  nextSyncAt: null,
  failures: 0,
  syncsDone: 0,
  lastSync: null,
};

export async function runBankLifecycle(input: ConnectionLifecycleInput): Promise<void> {
  const { connectionId } = input;
  const settings: LifecycleSettings = { ...DEFAULT_LIFECYCLE_SETTINGS, ...input.settings };
  const syncEveryMs = Math.max(settings.syncEveryHours, 6) * 3_600_000;
  let state: BankLifecycleState = input.bank ?? INITIAL;
  let done = new Set(state.done);
  let busy = false;
  let dirty = false;
  let disconnected = false;
  let published = '';

  const update = (changes: Partial<BankLifecycleState>) => {
    state = { ...state, ...changes };
    dirty = true;
  };
  const plan = (): PlannedNotice[] =>
    state.epoch ? [...planNotices(state.epoch, settings), ...state.extra] : [];
  const historyTooLong = () =>
    workflowInfo().continueAsNewSuggested ||
    workflowInfo().historyLength > settings.maxHistoryEvents;
  // Steps that touch the connection run one at a time: a renewal never interleaves with a sync.
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    await condition(() => !busy);
    busy = true;
    try {
      return await work();
    } finally {
      busy = false;
    }
  };

  const publicState = (now: number): ConnectionStatusState => {
    if (disconnected) return 'DISCONNECTED';
    switch (state.phase) {
      case 'PENDING_AUTH':
        return 'PENDING_AUTH';
      case 'ENDED':
        return state.epoch?.kind === 'ended' && state.epoch.reason === 'EXPIRED'
          ? 'EXPIRED'
          : 'BROKEN';
      case 'ACTIVE': {
        const warnFrom =
          (state.consentEnd ?? Infinity) - Math.max(0, ...settings.reminderDays) * DAY_MS;
        return now >= warnFrom ? 'EXPIRING' : 'ACTIVE';
      }
    }
  };
  const publish = () => {
    const current = publicState(Date.now());
    if (`${current}|${state.consentEnd}` === published) return;
    published = `${current}|${state.consentEnd}`;
    upsertSearchAttributes([
      { key: WORKFLOW_STATE, value: current },
      { key: CONSENT_END, value: state.consentEnd === null ? null : new Date(state.consentEnd) },
    ]);
  };

  setHandler(getConnectionStatusQuery, (): ConnectionStatus => ({
    connectionId,
    state: publicState(Date.now()),
    importsDone: 0,
    consentEnd: state.consentEnd === null ? null : new Date(state.consentEnd).toISOString(),
    endReason: state.epoch?.kind === 'ended' ? state.epoch.reason : null,
    syncsDone: state.syncsDone,
    lastSync: state.lastSync,
    nextSyncAt: state.nextSyncAt === null ? null : new Date(state.nextSyncAt).toISOString(),
  }));
  setHandler(disconnectSignal, () => {
    disconnected = true;
  });
  setHandler(syncNowSignal, () => {
    if (state.phase === 'ACTIVE') update({ nextSyncAt: Date.now() });
  });
  setHandler(remindLaterSignal, ({ days }) => {
    if (!state.epoch || !(days > 0)) return;
    const snoozed = snoozeNotices(plan(), done, { now: Date.now(), days, epoch: state.epoch });
    for (const id of snoozed.skip) done.add(id);
    update({ extra: snoozed.later ? [...state.extra, snoozed.later] : state.extra });
  });
  setHandler(requestBankLinkUpdate, (request) => bank.startBankLink({ connectionId, ...request }), {
    validator: (_request) => refuseWhenDisconnected(),
  });
  setHandler(
    completeBankLinkUpdate,
    (redirect) =>
      exclusive(async () => {
        const result = await bank.completeBankLink({ connectionId, ...redirect });
        // A new consent: its notices start over, and the first sync runs at once.
        const now = Date.now();
        const consentEnd = Date.parse(result.validUntil);
        const epoch = { kind: 'consent' as const, consentEnd };
        done = new Set(alreadyPast(planNotices(epoch, settings), now));
        update({ phase: 'ACTIVE', epoch, consentEnd, extra: [], nextSyncAt: now, failures: 0 });
        publish();
        log.info('bank consent stored', { connectionId, consentEnd: result.validUntil });
        return result;
      }),
    {
      validator: (redirect) => {
        refuseWhenDisconnected();
        if (!redirect.code || !redirect.state)
          throw new Error('the redirect must carry code and state');
      },
    },
  );

  function refuseWhenDisconnected(): void {
    if (disconnected) throw new Error('this connection is disconnected');
  }

  async function end(reason: EndReason, at: number): Promise<void> {
    done = new Set();
    update({
      phase: 'ENDED',
      epoch: { kind: 'ended', reason, endedAt: at },
      extra: [],
      nextSyncAt: null,
    });
    log.warn('bank connection stopped', { connectionId, reason });
    // The workflow's state is the reference; the stored one is for the status and the dashboard.
    await bank
      .recordConnectionState({
        connectionId,
        state: reason === 'EXPIRED' ? 'EXPIRED' : 'BROKEN',
        lastError: reason,
      })
      .catch((error: unknown) =>
        log.error('connection state not stored', { connectionId, error: String(error) }),
      );
    publish();
  }

  async function sendDue(now: number): Promise<void> {
    if (!state.epoch) return;
    const { send, skip } = dueNotices(plan(), done, now);
    for (const id of skip) done.add(id);
    for (const planned of send) {
      try {
        await notices.sendConnectionNotice({
          connectionId,
          key: `${epochKey(state.epoch)}:${planned.id}`,
          notice: planned.notice,
          channels: planned.channels,
        });
      } catch (error) {
        // Hours of retries are behind this: the notice is given up, the lifecycle goes on.
        log.error('connection notice given up', {
          connectionId,
          notice: planned.id,
          error: String(error),
        });
      }
      done.add(planned.id);
    }
  }

  async function sync(now: number): Promise<void> {
    let outcome: SyncOutcome;
    try {
      outcome = await syncing.syncBankConnection({ connectionId });
    } catch (error) {
      const failures = state.failures + 1;
      log.warn('bank sync failed', { connectionId, failures, error: String(error) });
      update({ failures, nextSyncAt: now + settings.retryAfterFailureMinutes * 60_000 });
      if (failures >= settings.maxSyncFailures) await end('REPEATED_ERRORS', now);
      return;
    }
    update({ lastSync: outcome.kind });
    switch (outcome.kind) {
      case 'SYNCED':
        if (outcome.importId) {
          await categorising
            .categoriseImport({ importId: outcome.importId })
            .catch((error: unknown) => {
              log.warn('categorising a sync failed', { connectionId, error: String(error) });
            });
        }
        // Counted once its rows are categorised: that is what the status promises.
        update({ failures: 0, syncsDone: state.syncsDone + 1, nextSyncAt: now + syncEveryMs });
        return;
      case 'NOTHING_TO_SYNC':
        update({ failures: 0, nextSyncAt: now + syncEveryMs });
        return;
      case 'BUDGET_SPENT':
      case 'RATE_LIMITED':
        // Not a break, nor a success: the bank said when to come back (B02).
        update({ nextSyncAt: Math.max(Date.parse(outcome.retryAt), now + 60_000) });
        return;
      case 'CONSENT_EXPIRED':
        await end('EXPIRED', now);
        return;
      case 'CONSENT_REVOKED':
        await end('REVOKED', now);
        return;
      case 'USER_ACTION_REQUIRED':
        await end('USER_ACTION_REQUIRED', now);
        return;
    }
  }

  async function step(now: number): Promise<void> {
    if (state.phase === 'ACTIVE' && state.consentEnd !== null && now >= state.consentEnd) {
      await end('EXPIRED', state.consentEnd);
    }
    await sendDue(now);
    if (state.phase === 'ACTIVE' && state.nextSyncAt !== null && state.nextSyncAt <= now)
      await sync(now);
    publish();
  }

  function nextWake(): number | null {
    const times = [nextNoticeAt(plan(), done)];
    if (state.phase === 'ACTIVE') times.push(state.nextSyncAt, state.consentEnd);
    const known = times.filter((time): time is number => time !== null);
    return known.length > 0 ? Math.min(...known) : null;
  }

  upsertSearchAttributes([
    { key: FREELANCER_ID, value: input.freelancerId },
    { key: WORKFLOW_KIND, value: 'connection-lifecycle' },
    ...(input.firmId ? [{ key: FIRM_ID, value: input.firmId }] : []),
  ]);
  publish();

  while (!disconnected) {
    if (historyTooLong()) {
      await condition(() => !busy && allHandlersFinished());
      if (disconnected) break;
      // The history stays bounded however long the connection lives.
      await continueAsNew<(input: ConnectionLifecycleInput) => Promise<void>>({
        ...input,
        bank: { ...state, done: [...done] },
      });
    }
    const now = Date.now();
    const wake = nextWake();
    if (wake === null || wake > now) {
      dirty = false;
      const woken = () => dirty || disconnected || historyTooLong();
      await (wake === null ? condition(woken) : condition(woken, wake - now));
      continue;
    }
    await exclusive(() => step(now));
  }

  await condition(allHandlersFinished);
  await exclusive(async () => {
    try {
      await bank.revokeBankConnection({ connectionId });
    } catch (error) {
      // Syncs stop either way; the consent left at the aggregator ends at its date.
      log.error('consent not revoked at the aggregator', { connectionId, error: String(error) });
      await bank
        .recordConnectionState({ connectionId, state: 'REVOKED', lastError: 'REVOKE_FAILED' })
        .catch(() => undefined);
    }
  });
  publish();
  log.info('bank connection disconnected', { connectionId });
}
