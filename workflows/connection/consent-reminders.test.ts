import { Context } from '@temporalio/activity';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { NativeConnection, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFreelancer } from '../../core/freelancers/ensure-freelancer.ts';
import { silentLogger } from '../../core/logging/logger.ts';
import { createSmtpMailer, type SmtpMailer } from '../../core/notifications/smtp-mailer.ts';
import {
  followBankPage,
  startStandInHarness,
  type StandInHarness,
} from '../../standins/enable-banking/standin-harness.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import {
  recordingNotifier,
  renewUrlOf,
  startBankWorker,
  type RecordedNotice,
} from '../../test/support/bank-worker.ts';
import { recordHistory } from '../../test/support/record-history.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../../test/support/smtp-catcher.ts';
import { eventually, startTimeSkippingEnv } from '../../test/support/time-skipping.ts';
import {
  activateBankAccounts,
  completeBankRedirect,
  connectBank,
  disconnectBank,
  remindBankLater,
  renewBank,
  type BankClientContext,
} from '../client/bank-connection.ts';
import {
  connectionWorkflowId,
  getConnectionStatusQuery,
} from '../connection-lifecycle-workflow.ts';
import { installTemporalLogging } from '../runtime/temporal-logging.ts';

const DAY = 86_400_000;

// Activities run on the test server's skipped clock: the time their attempt was scheduled.
let lastSeen = new Date();
function serverClock(): Date {
  try {
    lastSeen = new Date(Context.current().info.currentAttemptScheduledTimestampMs);
  } catch {
    // Outside an activity (the test itself): the last instant an activity saw.
  }
  return lastSeen;
}

let env: TestWorkflowEnvironment;
let database: TestDatabase;
let harness: StandInHarness;
let catcher: SmtpCatcher;
let mailer: SmtpMailer;
let worker: { worker: Worker; connection: NativeConnection; running: Promise<void> };
let context: BankClientContext;
const notifier = recordingNotifier(serverClock);

beforeAll(async () => {
  installTemporalLogging(silentLogger, 'warn');
  env = await startTimeSkippingEnv();
  database = await createTestDatabase();
  harness = await startStandInHarness({ clock: serverClock, switches: { dailyCallLimit: null } });
  catcher = await startSmtpCatcher();
  mailer = createSmtpMailer({
    url: catcher.url,
    from: 'Pointage <pointage@cabinet.test>',
    logger: silentLogger,
  });
  await database.db.firm.create({ data: { id: 'cabinet-durand', name: 'Cabinet Durand' } });
  await ensureFreelancer(database.db, {
    id: 'ines',
    displayName: 'Inès Garnier',
    email: 'ines@exemple.test',
    firmId: 'cabinet-durand',
  });
  const taskQueue = 'consent-reminders';
  worker = await startBankWorker({
    address: env.address,
    taskQueue,
    db: database.db,
    harness,
    notifier,
    mailer,
    clock: serverClock,
  });
  context = { client: env.client, db: database.db, taskQueue };
}, 180_000);

afterAll(async () => {
  worker.worker.shutdown();
  await worker.running;
  await worker.connection.close();
  mailer.close();
  await catcher.stop();
  await harness.stop();
  await database.drop();
  await env.teardown();
});

const chatTo = (audience: RecordedNotice['audience']) =>
  notifier.notices.filter((notice) => notice.audience === audience);
const skipTo = async (instant: number) => {
  const now = await env.currentTimeMs();
  if (instant > now) await env.sleep(instant - now);
};
const waitForNotices = (count: number, what: string) =>
  eventually(() => (chatTo('freelancer').length >= count ? true : undefined), what, 60_000);

describe('consent reminders over a 180-day consent (time-skipping server)', () => {
  it('reminds at D-14, D-7 and D-1 exactly once, restarts after a renewal, mails at D-1 and on expiry', async () => {
    const started = await connectBank(context, {
      freelancerId: 'ines',
      bank: { name: 'Société Générale', country: 'FR' },
      // Monthly syncs keep the run short; a small history limit makes it continue as new often.
      settings: { syncEveryHours: 24 * 30, afterEndDays: [7], maxHistoryEvents: 120 },
    });
    const { connectionId } = started;
    const first = await completeBankRedirect(context, await followBankPage(started.url));
    const firstEnd = Date.parse(first.validUntil);
    const pro = first.accounts.find((account) => account.ibanTail === '1111')!;
    await activateBankAccounts(context, { connectionId, accountIds: [pro.accountId] });
    const handle = env.client.workflow.getHandle(connectionWorkflowId(connectionId));
    const firstRunId = (await handle.describe()).runId;
    await eventually(
      async () => ((await handle.query(getConnectionStatusQuery)).syncsDone ? true : undefined),
      'a sync',
    );

    // Past D-14 and D-7 of the first consent, then renewed: its D-1 and expiry never come.
    await skipTo(firstEnd - 5 * DAY);
    await waitForNotices(2, 'D-14 and D-7');
    const renewal = await renewBank(context, connectionId);
    const renewedAt = await env.currentTimeMs();
    const second = await completeBankRedirect(context, await followBankPage(renewal.url));
    const secondEnd = Date.parse(second.validUntil);
    expect(secondEnd).toBeGreaterThan(firstEnd + 170 * DAY);

    // At D-14 of the new consent, "remind me in 3 days".
    await skipTo(secondEnd - 14 * DAY + 3_600_000);
    await waitForNotices(3, 'D-14 of the renewed consent');
    await remindBankLater(context, { connectionId, days: 3 });

    // Through the end and a week after it.
    await skipTo(secondEnd + 8 * DAY);
    await waitForNotices(8, 'every notice');
    await eventually(() => (catcher.mails.length >= 2 ? true : undefined), 'two mails');
    const status = await handle.query(getConnectionStatusQuery);
    expect(status).toMatchObject({ state: 'EXPIRED', endReason: 'EXPIRED' });
    // The history stayed bounded: the run continued as new, its state carried over.
    expect((await handle.describe()).runId).not.toBe(firstRunId);

    // Each chat message, as days before (positive) or after the end of the consent it is about.
    const daysBefore = (end: number, notice: RecordedNotice) =>
      Math.round((end - notice.at.getTime()) / DAY) || 0;
    const offsets = chatTo('freelancer').map((notice) =>
      daysBefore(notice.at.getTime() < renewedAt ? firstEnd : secondEnd, notice),
    );
    expect(offsets).toEqual([14, 7, 14, 11, 7, 1, 0, -7]);
    expect(chatTo('freelancer')[0]?.message.text).toContain('expire dans 14 jours');
    expect(chatTo('freelancer')[0]?.message.buttons?.map((button) => button.action.kind)).toEqual([
      'renew_connection',
      'remind_later',
    ]);
    expect(chatTo('freelancer')[6]?.message.text).toContain('a expiré');
    expect(chatTo('staff').map((notice) => daysBefore(secondEnd, notice))).toEqual([0]);

    expect(catcher.mails.map((mail) => mail.subject)).toEqual([
      'Pointage — votre accès bancaire Société Générale expire demain',
      'Pointage — votre accès bancaire Société Générale a expiré',
    ]);
    for (const mail of catcher.mails) {
      expect(mail.to).toEqual(['ines@exemple.test']);
      expect(mail.text).toContain('Bonjour Inès Garnier,');
      expect(mail.text).toContain(renewUrlOf(connectionId));
      expect(mail.text).not.toMatch(/FR76|session|code=/);
    }
    const logged = await database.db.connectionNotification.findMany({ where: { connectionId } });
    expect(logged.filter((row) => row.status === 'SENT')).toHaveLength(11);

    await disconnectBank(context, connectionId);
    await recordHistory(handle, 'connection-consent-reminders');
    expect(
      (await database.db.connection.findUniqueOrThrow({ where: { id: connectionId } })).state,
    ).toBe('REVOKED');
  });

  it('counts a connection whose syncs keep failing as broken, and tells the person and the staff', async () => {
    await ensureFreelancer(database.db, {
      id: 'paul',
      displayName: 'Paul Morel',
      email: 'paul@exemple.test',
      firmId: 'cabinet-durand',
    });
    const started = await connectBank(context, {
      freelancerId: 'paul',
      bank: { name: 'Crédit Agricole', country: 'FR' },
      settings: { syncEveryHours: 24 },
    });
    const { connectionId } = started;
    const linked = await completeBankRedirect(context, await followBankPage(started.url));
    const pro = linked.accounts.find((account) => account.ibanTail === '1111')!;
    const handle = env.client.workflow.getHandle(connectionWorkflowId(connectionId));

    harness.standIn.state.switches.bankDown = true;
    try {
      await activateBankAccounts(context, { connectionId, accountIds: [pro.accountId] });
      // Each sync is retried once by Temporal, then the workflow tries again an hour later; the
      // failed attempts spend the daily budget, so the third sync waits for the next day.
      await skipTo((await env.currentTimeMs()) + 2 * DAY);
      const status = await eventually(async () => {
        const current = await handle.query(getConnectionStatusQuery);
        return current.state === 'BROKEN' ? current : undefined;
      }, 'a broken connection');
      expect(status).toMatchObject({ endReason: 'REPEATED_ERRORS', syncsDone: 0 });
    } finally {
      harness.standIn.state.switches.bankDown = false;
    }

    const toPaul = await eventually(() => {
      const found = notifier.notices.filter((notice) => notice.to === 'paul');
      return found.length > 0 ? found : undefined;
    }, 'the notice');
    expect(toPaul[0]?.message.text).toContain('la synchronisation échoue');
    const mail = await eventually(
      () => catcher.mails.find((m) => m.to.includes('paul@exemple.test')),
      'the mail',
    );
    expect(mail.subject).toBe('Pointage — votre accès bancaire Crédit Agricole est interrompu');
    const staff = await eventually(() => {
      const found = notifier.notices.filter(
        (n) => n.audience === 'staff' && n.message.text.startsWith('Paul Morel'),
      );
      return found.length > 0 ? found : undefined;
    }, 'the staff notice');
    expect(staff).toHaveLength(1);
    expect(
      (await database.db.connection.findUniqueOrThrow({ where: { id: connectionId } })).state,
    ).toBe('BROKEN');
    await disconnectBank(context, connectionId);
    await recordHistory(handle, 'connection-repeated-errors');
  });
});
