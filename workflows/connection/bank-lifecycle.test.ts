import { Client, Connection } from '@temporalio/client';
import type { NativeConnection, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ensureFreelancer } from '../../core/freelancers/ensure-freelancer.ts';
import { silentLogger } from '../../core/logging/logger.ts';
import { createSmtpMailer, type SmtpMailer } from '../../core/notifications/smtp-mailer.ts';
import {
  followBankPage,
  startStandInHarness,
  type StandInHarness,
} from '../../standins/enable-banking/standin-harness.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { recordingNotifier, renewUrlOf, startBankWorker } from '../../test/support/bank-worker.ts';
import { recordHistory } from '../../test/support/record-history.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../../test/support/smtp-catcher.ts';
import { eventually } from '../../test/support/time-skipping.ts';
import {
  activateBankAccounts,
  completeBankRedirect,
  connectBank,
  disconnectBank,
  renewBank,
  type BankClientContext,
} from '../client/bank-connection.ts';
import {
  connectionWorkflowId,
  getConnectionStatusQuery,
  type ConnectionStatus,
} from '../connection-lifecycle-workflow.ts';

let database: TestDatabase;
let harness: StandInHarness;
let catcher: SmtpCatcher;
let mailer: SmtpMailer;
let worker: { worker: Worker; connection: NativeConnection; running: Promise<void> };
let clientConnection: Connection;
let context: BankClientContext;
const notifier = recordingNotifier(() => new Date());
const freelancerId = 'ines-bank';

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await startStandInHarness({ switches: { dailyCallLimit: null } });
  catcher = await startSmtpCatcher();
  mailer = createSmtpMailer({
    url: catcher.url,
    from: 'Pointage <pointage@cabinet.test>',
    logger: silentLogger,
  });
  await database.db.firm.create({ data: { id: 'cabinet-durand', name: 'Cabinet Durand' } });
  await ensureFreelancer(database.db, {
    id: freelancerId,
    displayName: 'Inès Garnier',
    email: 'ines@exemple.test',
    firmId: 'cabinet-durand',
  });
  const taskQueue = `bank-${Math.random().toString(36).slice(2, 10)}`;
  const address = inject('temporalAddress');
  worker = await startBankWorker({
    address,
    taskQueue,
    db: database.db,
    harness,
    notifier,
    mailer,
    clock: () => new Date(),
  });
  clientConnection = await Connection.connect({ address });
  context = { client: new Client({ connection: clientConnection }), db: database.db, taskQueue };
});

afterAll(async () => {
  worker.worker.shutdown();
  await worker.running;
  await worker.connection.close();
  await clientConnection.close();
  mailer.close();
  await catcher.stop();
  await harness.stop();
  await database.drop();
});

const statusOf = (connectionId: string) =>
  context.client.workflow
    .getHandle(connectionWorkflowId(connectionId))
    .query(getConnectionStatusQuery);
const waitFor = (
  connectionId: string,
  what: string,
  check: (status: ConnectionStatus) => boolean,
) =>
  eventually(async () => {
    const status = await statusOf(connectionId);
    return check(status) ? status : undefined;
  }, what);

describe('bank connection lifecycle on the Temporal server, against the Enable Banking stand-in', () => {
  it('links, syncs the activated account, breaks when revoked, renews onto the same accounts, disconnects', async () => {
    // Link: the bank's page, then the redirect's code and state come back through the workflow.
    const started = await connectBank(context, {
      freelancerId,
      bank: { name: 'Société Générale', country: 'FR' },
    });
    const { connectionId } = started;
    expect((await statusOf(connectionId)).state).toBe('PENDING_AUTH');
    const linked = await completeBankRedirect(context, await followBankPage(started.url));
    expect(linked.accounts).toHaveLength(3);
    expect(linked.accounts.every((account) => !account.active)).toBe(true);
    expect(Date.parse(linked.validUntil) - Date.now()).toBeGreaterThan(178 * 86_400_000);

    // Only the pro account is activated: the sync fetches and categorises it alone (B03).
    const pro = linked.accounts.find((account) => account.ibanTail === '1111')!;
    await activateBankAccounts(context, { connectionId, accountIds: [pro.accountId] });
    const synced = await waitFor(
      connectionId,
      'first sync',
      (status) => (status.syncsDone ?? 0) >= 1,
    );
    expect(synced).toMatchObject({ state: 'ACTIVE', lastSync: 'SYNCED' });
    const rows = await database.db.transaction.findMany({ where: { accountId: pro.accountId } });
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.categorisedAt !== null)).toBe(true);

    // The person withdraws consent at the bank: the next sync breaks the connection, everyone is told.
    harness.standIn.state.switches.revoked = true;
    await context.client.workflow.getHandle(connectionWorkflowId(connectionId)).signal('syncNow');
    await waitFor(connectionId, 'broken', (status) => status.state === 'BROKEN');
    // One activity sends chat, mail then the staff notice: wait for the last of them.
    await eventually(
      () => (notifier.notices.length >= 2 && catcher.mails.length > 0 ? true : undefined),
      'notices',
    );
    expect(notifier.notices.map((notice) => notice.audience).sort()).toEqual([
      'freelancer',
      'staff',
    ]);
    expect(notifier.notices.find((n) => n.audience === 'freelancer')?.message.text).toContain(
      'révoqué',
    );
    expect(notifier.notices.find((n) => n.audience === 'staff')?.to).toBe('cabinet-durand');
    expect(catcher.mails[0]).toMatchObject({ to: ['ines@exemple.test'] });
    expect(catcher.mails[0]?.subject).toBe(
      'Pointage — votre accès bancaire Société Générale est interrompu',
    );
    expect(catcher.mails[0]?.text).toContain(renewUrlOf(connectionId));
    expect(catcher.mails[0]?.text).not.toMatch(/FR76/);
    expect(
      (await database.db.connection.findUniqueOrThrow({ where: { id: connectionId } })).state,
    ).toBe('BROKEN');

    // Renewal: a new session with new account ids lands on the same ledger accounts, no duplicates.
    harness.standIn.state.switches.revoked = false;
    const renewal = await renewBank(context, connectionId);
    const renewed = await completeBankRedirect(context, await followBankPage(renewal.url));
    expect(renewed.accounts.map((account) => account.accountId)).toEqual(
      linked.accounts.map((a) => a.accountId),
    );
    await waitFor(
      connectionId,
      'sync after renewal',
      (status) => status.state === 'ACTIVE' && (status.syncsDone ?? 0) >= 2,
    );
    expect(await database.db.transaction.count({ where: { accountId: pro.accountId } })).toBe(5);

    // Disconnection revokes the session at the aggregator and ends the workflow.
    await disconnectBank(context, connectionId);
    await recordHistory(
      context.client.workflow.getHandle(connectionWorkflowId(connectionId)),
      'connection-bank-lifecycle',
    );
    const sessions = [...harness.standIn.state.sessions.values()];
    expect(sessions.every((session) => session.closed)).toBe(true);
    expect(
      (await database.db.connection.findUniqueOrThrow({ where: { id: connectionId } })).state,
    ).toBe('REVOKED');
  });
});
