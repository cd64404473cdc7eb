import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NativeConnection, Worker } from '@temporalio/worker';
import type { OutgoingMessage } from '../../core/conversation/outgoing-message.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import { createFolderFileStore } from '../../core/files/file-store.ts';
import { silentLogger } from '../../core/logging/logger.ts';
import type { Mailer, Notifier } from '../../core/notifications/notifier.ts';
import {
  STANDIN_REDIRECT_URL,
  type StandInHarness,
} from '../../standins/enable-banking/standin-harness.ts';
import { installTemporalLogging } from '../../workflows/runtime/temporal-logging.ts';
import { createPointageWorker } from '../../workflows/worker.ts';

export interface RecordedNotice {
  readonly at: Date;
  readonly audience: 'freelancer' | 'staff';
  readonly to: string;
  readonly message: OutgoingMessage;
}

/** A chat notifier that keeps what it was asked to send, stamped with the activity's clock. */
export function recordingNotifier(
  clock: () => Date,
): Notifier & { readonly notices: RecordedNotice[] } {
  const notices: RecordedNotice[] = [];
  return {
    notices,
    async notifyFreelancer(to, message) {
      notices.push({ at: clock(), audience: 'freelancer', to, message });
      return { delivered: ['test'] };
    },
    async notifyFirmStaff(to, message) {
      notices.push({ at: clock(), audience: 'staff', to, message });
      return { delivered: ['test'] };
    },
  };
}

export const renewUrlOf = (connectionId: string) =>
  `http://127.0.0.1:8080/connexions/${connectionId}/renouveler`;

/** A worker with every real activity, banking through the stand-in. */
export async function startBankWorker(input: {
  address: string;
  taskQueue: string;
  db: Database;
  harness: StandInHarness;
  notifier: Notifier;
  mailer: Mailer;
  clock: () => Date;
}): Promise<{ worker: Worker; connection: NativeConnection; running: Promise<void> }> {
  installTemporalLogging(silentLogger, 'warn');
  const { worker, connection } = await createPointageWorker({
    address: input.address,
    namespace: 'default',
    taskQueue: input.taskQueue,
    db: input.db,
    files: createFolderFileStore(mkdtempSync(path.join(tmpdir(), 'pointage-files-'))),
    logger: silentLogger,
    confirmThreshold: 70,
    notifier: input.notifier,
    mailer: input.mailer,
    clock: input.clock,
    banking: {
      aggregator: input.harness.aggregator,
      redirectUrl: STANDIN_REDIRECT_URL,
      renewUrl: renewUrlOf,
    },
  });
  return { worker, connection, running: worker.run() };
}
