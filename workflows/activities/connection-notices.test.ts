import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBankConnection } from '../../core/banking/bank-connections.ts';
import { ensureFreelancer } from '../../core/freelancers/ensure-freelancer.ts';
import { silentLogger } from '../../core/logging/logger.ts';
import type { Mailer, MailMessage } from '../../core/notifications/notifier.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { recordingNotifier, renewUrlOf } from '../../test/support/bank-worker.ts';
import { sendConnectionNotice, type ConnectionNoticeDeps } from './connection-notices.ts';

let test: TestDatabase;
let connectionId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  await test.db.firm.create({ data: { id: 'cabinet', name: 'Cabinet' } });
  await ensureFreelancer(test.db, {
    id: 'ines',
    displayName: 'Inès',
    email: 'ines@exemple.test',
    firmId: 'cabinet',
  });
  connectionId = await createBankConnection(test.db, {
    freelancerId: 'ines',
    bank: { name: 'BoursoBank', country: 'FR' },
  });
  await test.db.connection.update({
    where: { id: connectionId },
    data: { consentValidUntil: new Date('2027-06-01T08:00:00Z'), state: 'ACTIVE' },
  });
});
afterAll(async () => {
  await test.drop();
});

function flakyMailer(failures: number): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  let left = failures;
  return {
    sent,
    async send(message) {
      if (left > 0) {
        left -= 1;
        throw new Error('relay unavailable');
      }
      sent.push(message);
      return { messageId: `<${sent.length}@test>` };
    },
  };
}

describe('sendConnectionNotice', () => {
  it('sends each channel once when the activity is retried after a channel failed', async () => {
    const notifier = recordingNotifier(() => new Date());
    const mailer = flakyMailer(1);
    const deps: ConnectionNoticeDeps = {
      db: test.db,
      notifier,
      mailer,
      logger: silentLogger,
      renewUrl: renewUrlOf,
    };
    const notice = {
      connectionId,
      key: 'consent-2027-06-01T08:00:00.000Z:ended',
      notice: { kind: 'ended' as const, reason: 'EXPIRED' as const, reminder: false },
      channels: ['chat', 'email', 'staff-chat'] as const,
    };

    await expect(sendConnectionNotice(deps, notice)).rejects.toThrow('relay unavailable');
    const retried = await sendConnectionNotice(deps, notice);
    const again = await sendConnectionNotice(deps, notice);

    expect(notifier.notices.map((sent) => sent.audience)).toEqual(['freelancer', 'staff']);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.subject).toBe('Pointage — votre accès bancaire BoursoBank a expiré');
    expect(retried.sent).toHaveLength(2);
    expect(again).toMatchObject({ sent: [] });
    expect(again.skipped).toHaveLength(3);
  });

  it('skips the e-mail of a person without address, and says so', async () => {
    await ensureFreelancer(test.db, { id: 'paul', displayName: 'Paul' });
    const id = await createBankConnection(test.db, {
      freelancerId: 'paul',
      bank: { name: 'BoursoBank', country: 'FR' },
    });
    const deps: ConnectionNoticeDeps = {
      db: test.db,
      notifier: recordingNotifier(() => new Date()),
      mailer: flakyMailer(0),
      logger: silentLogger,
      renewUrl: renewUrlOf,
    };
    const report = await sendConnectionNotice(deps, {
      connectionId: id,
      key: 'k:mail-D-1',
      notice: { kind: 'reminder', daysLeft: 1 },
      channels: ['email', 'staff-chat'],
    });
    expect(report.sent).toEqual([]);
    expect(report.skipped).toHaveLength(2);
  });
});
