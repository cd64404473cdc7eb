import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatFrenchDate, parisDateOf } from '../core/dates/calendar-date.ts';
import { silentLogger } from '../core/logging/logger.ts';
import { createSmtpMailer, type SmtpMailer } from '../core/notifications/smtp-mailer.ts';
import { createTestDatabase, type TestDatabase } from '../test/database.ts';
import { recordingNotifier } from '../test/support/bank-worker.ts';
import { startCollectionWorker, type CollectionWorker } from '../test/support/collection-worker.ts';
import { recordHistory } from '../test/support/record-history.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../test/support/smtp-catcher.ts';
import { eventually } from '../test/support/time-skipping.ts';
import { listWorkflowProblems } from './client/workflow-problems.ts';
import { collectionWorkflowId, monthlyCollectionWorkflow } from './monthly-collection-workflow.ts';
import { FIRM_ID, FREELANCER_ID } from './search-attributes.ts';
import { staffDigestWorkflow } from './staff-digest-workflow.ts';

const suffix = Math.random().toString(36).slice(2, 8);
const firmId = `cabinet-digest-${suffix}`;
const notifier = recordingNotifier(() => new Date());

let database: TestDatabase;
let smtp: SmtpCatcher;
let mailer: SmtpMailer;
let connection: Connection;
let client: Client;
let worker: CollectionWorker;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await db.firm.create({ data: { id: firmId, name: 'Cabinet Durand' } });
  await db.staffAccount.createMany({
    data: [
      {
        id: `marie-${suffix}`,
        firmId,
        email: `marie-${suffix}@cabinet.test`,
        displayName: 'Marie',
        passwordHash: 'x',
      },
      {
        id: `paul-${suffix}`,
        firmId,
        email: `paul-${suffix}@cabinet.test`,
        displayName: 'Paul',
        passwordHash: 'x',
        disabledAt: new Date(),
      },
    ],
  });
  await db.freelancer.createMany({
    data: [
      { id: `ines-${suffix}`, displayName: 'Inès Garnier', firmId },
      { id: `hugo-${suffix}`, displayName: 'Hugo Bernard', firmId },
      { id: `zoe-${suffix}`, displayName: 'Zoé Moreau', firmId },
    ],
  });
  await db.connection.create({
    data: {
      id: `cx-${suffix}`,
      freelancerId: `ines-${suffix}`,
      provider: 'ENABLE_BANKING',
      state: 'EXPIRED',
      label: 'Société Générale',
    },
  });
  const record = { firmId, month: '2026-11', checkedAt: new Date(), askedAt: new Date() };
  await db.collectionMonth.createMany({
    data: [
      {
        ...record,
        freelancerId: `hugo-${suffix}`,
        state: 'ESCALATED',
        statementsMissing: 1,
        receiptsMissing: 3,
        remindersSent: 2,
        escalatedAt: new Date(),
      },
      {
        ...record,
        freelancerId: `zoe-${suffix}`,
        state: 'COMPLETE',
        statementsMissing: 0,
        receiptsMissing: 0,
      },
    ],
  });

  smtp = await startSmtpCatcher();
  mailer = createSmtpMailer({
    url: smtp.url,
    from: 'Pointage <pointage@cabinet.test>',
    logger: silentLogger,
  });
  connection = await Connection.connect({ address: inject('temporalAddress') });
  client = new Client({ connection });
  worker = await startCollectionWorker({ db, notifier, mailer });
});

afterAll(async () => {
  await worker?.stop();
  await connection?.close();
  mailer?.close();
  await smtp?.stop();
  await database?.drop();
});

describe('staff digest workflow', () => {
  it('mails and posts once a day what needs the staff, in French', async () => {
    // A collection of someone no longer in the database fails: the digest names it too.
    const lost = `lost-${suffix}`;
    const failed = await client.workflow.start(monthlyCollectionWorkflow, {
      workflowId: collectionWorkflowId(lost, '2026-11'),
      taskQueue: worker.taskQueue,
      args: [{ freelancerId: lost, month: '2026-11' }],
      typedSearchAttributes: [
        { key: FIRM_ID, value: firmId },
        { key: FREELANCER_ID, value: lost },
      ],
    });
    await expect(failed.result()).rejects.toThrow();
    await eventually(async () => {
      const problems = await listWorkflowProblems(client, { firmId });
      return problems.length > 0 ? problems : undefined;
    }, 'the failed workflow in visibility');

    const run = (id: string) =>
      client.workflow.execute(staffDigestWorkflow, {
        workflowId: `digest-${firmId}-${id}`,
        taskQueue: worker.taskQueue,
        args: [{ firmId }],
      });
    const first = await run('a');
    expect(first.count).toBe(3);
    expect(first.sent).toHaveLength(2);

    const day = formatFrenchDate(parisDateOf(new Date()));
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail!.to).toEqual([`marie-${suffix}@cabinet.test`]);
    expect(mail!.subject).toBe(`Pointage — 3 dossiers à traiter le ${day}`);
    expect(mail!.text).toContain(
      "Voici ce qui demande votre attention aujourd'hui (Cabinet Durand) :",
    );
    expect(mail!.text).toContain('• Inès Garnier\n   ◦ connexion « Société Générale » expirée');
    expect(mail!.text).toContain(
      '• Hugo Bernard\n   ◦ novembre 2026 incomplet : 1 relevé(s) et 3 justificatif(s) manquent malgré 2 relance(s)',
    );
    expect(mail!.text).toContain(`• Cabinet\n   ◦ workflow receipts-${lost}-2026-11 en échec`);
    expect(mail!.text).not.toContain('Zoé');
    const staff = notifier.notices.filter((notice) => notice.audience === 'staff');
    expect(staff).toHaveLength(1);
    expect(staff[0]!.message.text).toMatch(
      new RegExp(`^Cabinet Durand — 3 dossiers à traiter le ${day}`),
    );

    // Run again the same day (a retry, a manual trigger): nothing goes out twice.
    const second = await run('b');
    expect(second).toMatchObject({ count: 3, sent: [] });
    expect(second.skipped).toHaveLength(2);
    expect(smtp.mails).toHaveLength(1);
    await recordHistory(client.workflow.getHandle(`digest-${firmId}-a`), 'staff-digest');
  });
});
