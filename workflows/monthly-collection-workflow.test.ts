import { createRequire } from 'node:module';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MissingItems } from '../core/collection/collection-month.ts';
import type { MissingReceiptsSource } from '../core/collection/missing-receipts-source.ts';
import type { CalendarDate } from '../core/dates/calendar-date.ts';
import { silentLogger } from '../core/logging/logger.ts';
import { createSmtpMailer, type SmtpMailer } from '../core/notifications/smtp-mailer.ts';
import { recordingNotifier } from '../test/support/bank-worker.ts';
import { createTestDatabase, type TestDatabase } from '../test/database.ts';
import { recordHistory } from '../test/support/record-history.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../test/support/smtp-catcher.ts';
import { eventually, startTimeSkippingEnv } from '../test/support/time-skipping.ts';
import { createCollectionActivities } from './activities/collection-activities.ts';
import { installTemporalLogging } from './runtime/temporal-logging.ts';
import { closeCollectionMonth } from './client/collection-commands.ts';
import {
  collectionWorkflowId,
  documentAttachedSignal,
  getCollectionStatusQuery,
  monthlyCollectionWorkflow,
  pauseCollectionSignal,
  resumeCollectionSignal,
} from './monthly-collection-workflow.ts';
import { monthlyCollectionStarterWorkflow } from './monthly-collection-starter-workflow.ts';
import { previousParisMonth } from './paris-calendar.ts';
import { WORKFLOW_STATE } from './search-attributes.ts';

const require = createRequire(import.meta.url);
const taskQueue = 'monthly-collection';

let database: TestDatabase;
let env: TestWorkflowEnvironment;
let smtp: SmtpCatcher;
let mailer: SmtpMailer;
let worker: Worker;
let running: Promise<void>;
const notifier = recordingNotifier(() => new Date());

// What core/receipts would say is missing, changed by each test as documents "arrive".
const missing = new Map<string, MissingItems>();
const source: MissingReceiptsSource = {
  async listMissing({ freelancerId, month }) {
    return missing.get(`${freelancerId}:${month}`) ?? { month, statements: [], receipts: [] };
  },
};

const statement = { accountId: 'acc-sg', accountName: 'Compte pro', bankName: 'Société Générale' };
const receipt = (id: string, date: string, label: string, amountCents: number) => ({
  id,
  providerId: null,
  date: date as CalendarDate,
  label,
  accountName: 'Compte pro',
  amountCents,
});
const papeterie = receipt('tx-1', '2026-11-03', 'PAPETERIE DU GRIFFON', -4690);
const sncf = receipt('tx-2', '2026-11-12', 'SNCF CONNECT', -8600);
const ovh = receipt('tx-3', '2026-11-20', 'OVH CLOUD', -1199);

const freelancerMessages = (id: string) =>
  notifier.notices.filter((n) => n.audience === 'freelancer' && n.to === id);
const staffMessages = (firmId: string) =>
  notifier.notices.filter((n) => n.audience === 'staff' && n.to === firmId);

beforeAll(async () => {
  installTemporalLogging(silentLogger, 'warn');
  database = await createTestDatabase();
  const { db } = database;
  await db.firm.createMany({
    data: [
      { id: 'cabinet-durand', name: 'Cabinet Durand', plan: 'FULL' },
      { id: 'cabinet-leger', name: 'Cabinet Léger', plan: 'LIGHT' },
    ],
  });
  await db.firmCollectionSettings.create({
    data: { firmId: 'cabinet-durand', reminderEveryDays: 7, escalationAfterDays: 10 },
  });
  await db.freelancer.createMany({
    data: [
      {
        id: 'ines',
        displayName: 'Inès Garnier',
        email: 'ines@exemple.test',
        firmId: 'cabinet-durand',
      },
      { id: 'paul', displayName: 'Paul Martin', firmId: 'cabinet-leger' },
      { id: 'lea', displayName: 'Léa Roux', firmId: 'cabinet-durand' },
    ],
  });

  env = await startTimeSkippingEnv();
  smtp = await startSmtpCatcher();
  mailer = createSmtpMailer({
    url: smtp.url,
    from: 'Pointage <pointage@cabinet.test>',
    logger: silentLogger,
  });
  worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowsPath: require.resolve('./workflows.ts'),
    activities: createCollectionActivities({
      db,
      notifier,
      mailer,
      missingReceipts: source,
      logger: silentLogger,
    }),
  });
  running = worker.run();
});

afterAll(async () => {
  worker?.shutdown();
  await running;
  mailer?.close();
  await smtp?.stop();
  await env?.teardown();
  await database?.drop();
});

describe('monthly collection workflow (time-skipping)', () => {
  it('asks, reminds weekly with what is left, escalates on day 10 and completes once all is in', async () => {
    missing.set('ines:2026-11', {
      month: '2026-11',
      statements: [statement],
      receipts: [papeterie, sncf, ovh],
    });
    const handle = await env.client.workflow.start(monthlyCollectionWorkflow, {
      workflowId: collectionWorkflowId('ines', '2026-11'),
      taskQueue,
      args: [{ freelancerId: 'ines', month: '2026-11' }],
    });

    const [ask] = await eventually(() => found(freelancerMessages('ines'), 1), 'the ask');
    expect(ask!.message.text).toContain('Bonjour Inès Garnier, novembre 2026 est terminé.');
    expect(ask!.message.text).toContain('• le relevé du compte Compte pro (Société Générale)');
    expect(ask!.message.text).toContain('• un justificatif pour 3 opérations :');
    expect(plain(ask!.message.text)).toContain(
      '03/11/2026 · PAPETERIE DU GRIFFON · Compte pro · −46,90 €',
    );
    expect(ask!.message.buttons).toEqual([
      { label: 'Voir ce qui manque', action: { kind: 'show_missing_receipts', month: '2026-11' } },
    ]);

    // Day 7: the first reminder, in chat and by e-mail.
    await env.sleep('7 days');
    const reminders = await eventually(() => found(freelancerMessages('ines'), 2), 'reminder 1');
    expect(reminders[1]!.message.text).toMatch(
      /^Rappel n°1 : novembre 2026 n'est pas encore complet/,
    );
    const [mail] = await eventually(() => found(smtp.mails, 1), 'the reminder e-mail');
    expect(mail!.to).toEqual(['ines@exemple.test']);
    expect(mail!.subject).toBe('Pointage — novembre 2026 : 4 pièces manquantes');
    expect(mail!.text).toContain('Bonjour Inès Garnier,');
    expect(mail!.text).toContain("novembre 2026 n'est pas encore complet (rappel n°1)");
    expect(plain(mail!.text)).toContain('12/11/2026 · SNCF CONNECT · Compte pro · −86,00 €');

    // Day 8: two receipts arrive; the workflow checks again.
    await env.sleep('1 day');
    missing.set('ines:2026-11', { month: '2026-11', statements: [statement], receipts: [ovh] });
    await handle.signal(documentAttachedSignal);
    await eventually(async () => {
      const status = await handle.query(getCollectionStatusQuery);
      return status.missing.receipts === 1 ? status : undefined;
    }, 'the re-check');

    // Day 10: the firm's staff are told.
    await env.sleep('2 days');
    const [escalation] = await eventually(
      () => found(staffMessages('cabinet-durand'), 1),
      'escalation',
    );
    expect(escalation!.message.text).toBe(
      'Inès Garnier : novembre 2026 est toujours incomplet après 10 jours (1 relance envoyée).\n' +
        'Manquent 1 relevé et 1 justificatif.',
    );
    const described = await handle.describe();
    expect(described.typedSearchAttributes.get(WORKFLOW_STATE)).toBe('ESCALATED');

    // Day 14: the second reminder lists only what is still missing.
    await env.sleep('4 days');
    const second = await eventually(() => found(freelancerMessages('ines'), 3), 'reminder 2');
    expect(second[2]!.message.text).toMatch(/^Rappel n°2/);
    expect(second[2]!.message.text).toContain('OVH CLOUD');
    expect(second[2]!.message.text).not.toContain('PAPETERIE');

    missing.set('ines:2026-11', { month: '2026-11', statements: [], receipts: [] });
    await handle.signal(documentAttachedSignal);
    expect(await handle.result()).toEqual({ state: 'COMPLETE', remindersSent: 2, closedBy: null });

    const texts = freelancerMessages('ines').map((n) => n.message.text.split('\n')[0]);
    expect(texts).toHaveLength(4);
    expect(texts[3]).toBe('Merci ! novembre 2026 est complet : relevés et justificatifs reçus.');
    expect(staffMessages('cabinet-durand')).toHaveLength(1);
    expect(smtp.mails).toHaveLength(2);
    const row = await database.db.collectionMonth.findUniqueOrThrow({
      where: { freelancerId_month: { freelancerId: 'ines', month: '2026-11' } },
    });
    expect(row).toMatchObject({
      state: 'COMPLETE',
      remindersSent: 2,
      statementsMissing: 0,
      receiptsMissing: 0,
    });
    expect(row.escalatedAt).not.toBeNull();
    const log = await database.db.connectionNotification.findMany({
      where: { connectionId: handle.workflowId },
      orderBy: { key: 'asc' },
    });
    expect(log.map((entry) => [entry.key.split(':').slice(1).join(':'), entry.status])).toEqual([
      ['ask:chat', 'SENT'],
      ['complete:chat', 'SENT'],
      ['escalation:staff-chat', 'SENT'],
      ['reminder-1:chat', 'SENT'],
      ['reminder-1:email', 'SENT'],
      ['reminder-2:chat', 'SENT'],
      ['reminder-2:email', 'SENT'],
    ]);
    await recordHistory(handle, 'monthly-collection-full-month');
  });

  it('asks only for the statement on the LIGHT plan, and completes when it arrives', async () => {
    missing.set('paul:2026-11', {
      month: '2026-11',
      statements: [statement],
      receipts: [papeterie],
    });
    const handle = await env.client.workflow.start(monthlyCollectionWorkflow, {
      workflowId: collectionWorkflowId('paul', '2026-11'),
      taskQueue,
      args: [{ freelancerId: 'paul', month: '2026-11' }],
    });
    const [ask] = await eventually(() => found(freelancerMessages('paul'), 1), 'the ask');
    expect(ask!.message.text).toContain('le relevé du compte Compte pro');
    expect(ask!.message.text).not.toContain('justificatif');

    missing.set('paul:2026-11', { month: '2026-11', statements: [], receipts: [papeterie] });
    await handle.signal(documentAttachedSignal);
    expect(await handle.result()).toEqual({ state: 'COMPLETE', remindersSent: 0, closedBy: null });
    await recordHistory(handle, 'monthly-collection-light-plan');
  });

  it('pauses without losing its state, continues as new, and ends when staff close the month', async () => {
    missing.set('ines:2026-10', { month: '2026-10', statements: [statement], receipts: [ovh] });
    const handle = await env.client.workflow.start(monthlyCollectionWorkflow, {
      workflowId: collectionWorkflowId('ines', '2026-10'),
      taskQueue,
      args: [{ freelancerId: 'ines', month: '2026-10', historyLimit: 40 }],
    });
    await eventually(
      () => found(freelancerMessages('ines').filter(isAbout('octobre 2026')), 1),
      'the ask',
    );
    const firstRunId = (await handle.describe()).runId;

    // Paused from day 2 to day 12: no reminder on day 7, no escalation on day 10.
    await env.sleep('2 days');
    await handle.signal(pauseCollectionSignal);
    await eventually(
      async () =>
        (await handle.query(getCollectionStatusQuery)).state === 'PAUSED' ? true : undefined,
      'pause',
    );
    await env.sleep('10 days');
    expect(freelancerMessages('ines').filter(isAbout('octobre 2026'))).toHaveLength(1);
    expect(staffMessages('cabinet-durand')).toHaveLength(1);
    await handle.signal(resumeCollectionSignal);

    // Documents that change nothing still cost history: the workflow continues as new.
    for (let index = 0; index < 8; index += 1) await handle.signal(documentAttachedSignal);
    await eventually(
      async () => ((await handle.describe()).runId !== firstRunId ? true : undefined),
      'continue-as-new',
    );
    expect(await handle.query(getCollectionStatusQuery)).toMatchObject({
      state: 'COLLECTING',
      remindersSent: 0,
    });

    // Day 16: still no reminder (due on day 7 + 10 paused); day 18: reminder 1, no escalation yet.
    await env.sleep('4 days');
    expect(freelancerMessages('ines').filter(isAbout('octobre 2026'))).toHaveLength(1);
    await env.sleep('2 days');
    await eventually(
      () => found(freelancerMessages('ines').filter(isAbout('octobre 2026')), 2),
      'reminder 1',
    );
    expect(staffMessages('cabinet-durand')).toHaveLength(1);

    const closed = await closeCollectionMonth(env.client, {
      freelancerId: 'ines',
      month: '2026-10',
      staffId: 'staff-marie',
    });
    expect(closed).toMatchObject({
      found: true,
      status: { state: 'CLOSED', closedBy: 'staff-marie', remindersSent: 1 },
    });
    expect(await handle.result()).toEqual({
      state: 'CLOSED',
      remindersSent: 1,
      closedBy: 'staff-marie',
    });
    const last = freelancerMessages('ines').at(-1)!;
    expect(last.message.text).toBe(
      'Votre cabinet a clôturé octobre 2026 : plus aucune relance pour ce mois.',
    );
    const again = await closeCollectionMonth(env.client, {
      freelancerId: 'ines',
      month: '2026-10',
      staffId: 'staff-marie',
    });
    expect(again).toEqual({ found: false });
    await recordHistory(handle, 'monthly-collection-paused-closed');
  });

  it('is started by the schedule for the month that just ended, once per month', async () => {
    const month = previousParisMonth(await env.currentTimeMs());
    const first = await env.client.workflow.execute(monthlyCollectionStarterWorkflow, {
      workflowId: 'receipts-start-lea-1',
      taskQueue,
      args: [{ freelancerId: 'lea', firmId: 'cabinet-durand' }],
    });
    expect(first).toEqual({ month, workflowId: `receipts-lea-${month}`, started: true });
    // Nothing was missing: the month completed without a word.
    const child = env.client.workflow.getHandle(`receipts-lea-${month}`);
    expect(await child.result()).toEqual({ state: 'COMPLETE', remindersSent: 0, closedBy: null });
    expect(freelancerMessages('lea')).toHaveLength(0);

    const second = await env.client.workflow.execute(monthlyCollectionStarterWorkflow, {
      workflowId: 'receipts-start-lea-2',
      taskQueue,
      args: [{ freelancerId: 'lea', firmId: 'cabinet-durand', month }],
    });
    expect(second).toEqual({ month, workflowId: `receipts-lea-${month}`, started: false });
    await recordHistory(
      env.client.workflow.getHandle('receipts-start-lea-1'),
      'collection-starter',
    );
  });
});

function found<T>(items: readonly T[], count: number): T[] | undefined {
  return items.length >= count ? [...items] : undefined;
}

/** Amounts are written with (narrow) no-break spaces: compared with plain ones. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

function isAbout(month: string) {
  return (notice: { message: { text: string } }) => notice.message.text.includes(month);
}
