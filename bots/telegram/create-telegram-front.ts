import { Telegraf } from 'telegraf';
import type { Conversation } from '../../core/conversation/conversation.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import type { ChatFront } from '../chat-front.ts';
import { createWorkQueue } from '../work-queue.ts';
import { registerTelegramHandlers } from './telegram-handlers.ts';
import { createTelegramNotifier } from './telegram-notifier.ts';
import { startTelegramWebhook, type TelegramWebhookServer } from './telegram-webhook.ts';

const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

export interface TelegramFrontDeps {
  readonly token: string;
  readonly db: Database;
  readonly conversation: Conversation;
  readonly logger: Logger;
  /** The Bot API root (default https://api.telegram.org); tests point it at a stand-in. */
  readonly apiRoot?: string;
  /** Production: Telegram posts updates to `publicUrl`, served on host:port, with the secret. */
  readonly webhook?: {
    readonly publicUrl: string;
    readonly secret: string;
    readonly host: string;
    readonly port: number;
  };
}

export interface TelegramFront extends ChatFront {
  readonly bot: Telegraf;
  /** Where the webhook listens once started (tests post updates there). */
  webhookUrl(): string | null;
  /** Resolves when every webhook update received so far has been handled. */
  idle(): Promise<void>;
}

/** Long polling locally, a webhook with a secret token in production. */
export function createTelegramFront(deps: TelegramFrontDeps): TelegramFront {
  const logger = deps.logger.child({ component: 'telegram' });
  const bot = new Telegraf(deps.token, {
    // webhookReply off: every call goes to the API, none hides in a webhook response.
    telegram: { ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}), webhookReply: false },
    handlerTimeout: 120_000,
  });
  bot.catch((error, ctx) => {
    logger.error('telegram update failed', {
      updateId: ctx.update.update_id,
      error: String(error),
    });
  });
  registerTelegramHandlers(bot, { db: deps.db, conversation: deps.conversation, logger });

  // The webhook answers at once; the updates' work waits its turn (see work-queue.ts).
  const work = createWorkQueue();
  let polling: Promise<void> | null = null;
  let webhook: TelegramWebhookServer | null = null;

  return {
    bot,
    notifier: createTelegramNotifier(bot.telegram, deps.conversation, logger),
    webhookUrl: () => webhook?.url ?? null,
    idle: async () => webhook?.idle(),
    async start() {
      if (deps.webhook) {
        const { publicUrl, secret, host, port } = deps.webhook;
        bot.botInfo ??= await bot.telegram.getMe();
        webhook = await startTelegramWebhook({
          host,
          port,
          path: new URL(publicUrl).pathname,
          secret,
          logger,
          // The envelope is checked here; each handler parses its own part of the update with zod.
          handle: (update) =>
            work(() =>
              bot.handleUpdate(update as unknown as Parameters<typeof bot.handleUpdate>[0]),
            ),
        });
        await bot.telegram.setWebhook(publicUrl, {
          secret_token: secret,
          allowed_updates: [...ALLOWED_UPDATES],
        });
        logger.info('telegram webhook started', { path: new URL(publicUrl).pathname });
        return;
      }
      await new Promise<void>((resolve, reject) => {
        polling = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }, resolve);
        polling.catch((error: unknown) => {
          logger.error('telegram polling stopped', { error: String(error) });
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      });
      logger.info('telegram long polling started');
    },
    async stop() {
      if (webhook) {
        await webhook.stop();
        webhook = null;
      }
      if (polling) {
        bot.stop('shutdown');
        await polling.catch(() => undefined);
        polling = null;
      }
    },
  };
}
