import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Telegram } from 'telegraf';
import { createConversation } from '../../core/conversation/conversation.ts';
import { createReceiptsPort } from '../../core/conversation/receipts-adapter.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import { createFolderFileStore } from '../../core/files/file-store.ts';
import { silentLogger } from '../../core/logging/logger.ts';
import type { Notifier } from '../../core/notifications/notifier.ts';
import { createFakeBanking } from '../../bots/testing/fake-banking.ts';
import { createTelegramNotifier } from '../../bots/telegram/telegram-notifier.ts';
import {
  startTelegramStandin,
  type TelegramStandin,
} from '../../standins/telegram-api/telegram-standin.ts';

const TOKEN = '7946051283:AAdashboard-standin-token';

export interface TelegramChat {
  /** The bot's real notifier, speaking to the Telegram Bot API stand-in on 127.0.0.1. */
  readonly notifier: Notifier;
  readonly standin: TelegramStandin;
  /** Links a freelancer to a private Telegram chat, as redeeming an invitation does. */
  link(freelancerId: string, chatId: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startTelegramChat(db: Database, now: () => Date): Promise<TelegramChat> {
  const standin = await startTelegramStandin({ token: TOKEN });
  const filesDir = mkdtempSync(path.join(tmpdir(), 'pointage-dashboard-chat-'));
  const conversation = createConversation({
    db,
    receipts: createReceiptsPort({
      db,
      files: createFolderFileStore(filesDir),
      logger: silentLogger,
    }),
    banking: createFakeBanking(db),
    clock: now,
    logger: silentLogger,
  });
  return {
    notifier: createTelegramNotifier(
      new Telegram(TOKEN, { apiRoot: standin.apiRoot }),
      conversation,
      silentLogger,
    ),
    standin,
    async link(freelancerId, chatId) {
      await db.chatIdentity.create({
        data: {
          id: `tg-${chatId}`,
          channel: 'TELEGRAM',
          externalId: chatId,
          role: 'FREELANCER',
          freelancerId,
          directChatId: chatId,
        },
      });
    },
    async stop() {
      await standin.stop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
