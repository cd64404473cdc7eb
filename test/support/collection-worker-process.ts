// A worker process for the restart test: the monthly collection's real activities over the
// test database, chat and e-mail written to an outbox file (appended synchronously, so a kill
// loses nothing written). E-mails hang while the HANG_EMAIL_FLAG file exists, so that the test
// can kill the process in the middle of a reminder.
import { appendFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createMissingReceiptsSource } from '../../core/collection/missing-receipts-source.ts';
import { createDatabase } from '../../core/db/prisma-client.ts';
import { silentLogger } from '../../core/logging/logger.ts';
import type { Mailer, Notifier } from '../../core/notifications/notifier.ts';
import { createCollectionActivities } from '../../workflows/activities/collection-activities.ts';
import { installTemporalLogging } from '../../workflows/runtime/temporal-logging.ts';

const require = createRequire(import.meta.url);
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const outbox = env('OUTBOX_FILE');
const hangFlag = env('HANG_EMAIL_FLAG');
const write = (entry: Record<string, unknown>) =>
  appendFileSync(outbox, `${JSON.stringify(entry)}\n`);

const notifier: Notifier = {
  async notifyFreelancer(to, message) {
    write({ channel: 'chat', to, text: message.text.split('\n')[0] });
    return { delivered: ['outbox'] };
  },
  async notifyFirmStaff(to, message) {
    write({ channel: 'staff-chat', to, text: message.text.split('\n')[0] });
    return { delivered: ['outbox'] };
  },
};
const mailer: Mailer = {
  async send(mail) {
    write({ channel: 'email-attempt', to: mail.to, pid: process.pid });
    if (existsSync(hangFlag)) await new Promise(() => undefined);
    write({ channel: 'email', to: mail.to, subject: mail.subject });
    return { messageId: `<${Date.now()}@outbox>` };
  },
};

installTemporalLogging(silentLogger, 'error');
const db = createDatabase(env('DATABASE_URL'), { maxConnections: 2 });
const connection = await NativeConnection.connect({ address: env('TEMPORAL_ADDRESS') });
const worker = await Worker.create({
  connection,
  taskQueue: env('TASK_QUEUE'),
  workflowsPath: require.resolve('../../workflows/workflows.ts'),
  activities: createCollectionActivities({
    db,
    notifier,
    mailer,
    missingReceipts: createMissingReceiptsSource(db),
    logger: silentLogger,
  }),
});
process.once('SIGTERM', () => worker.shutdown());
write({ channel: 'worker-ready', pid: process.pid });
await worker.run();
await connection.close();
await db.$disconnect();
