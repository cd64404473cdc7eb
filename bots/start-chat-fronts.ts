import type { AppConfig } from '../core/config/env.ts';
import {
  BankingUnavailableError,
  type BankingPort,
  type ReceiptsPort,
} from '../core/conversation/conversation-ports.ts';
import { createConversation } from '../core/conversation/conversation.ts';
import { createReceiptsPort } from '../core/conversation/receipts-adapter.ts';
import type { Database } from '../core/db/prisma-client.ts';
import type { FileStore } from '../core/files/file-store.ts';
import type { Logger } from '../core/logging/logger.ts';
import { combineNotifiers, type Notifier } from '../core/notifications/notifier.ts';
import type { ChatFront } from './chat-front.ts';
import { createSlackFront } from './slack/create-slack-front.ts';
import { createTelegramFront } from './telegram/create-telegram-front.ts';

export interface ChatFrontsInput {
  readonly config: AppConfig;
  readonly db: Database;
  readonly files: FileStore;
  readonly logger: Logger;
  /** Bank list, link, renew, disconnect (lifecycle workflow); absent, they answer "later". */
  readonly banking?: BankingPort;
  /** Wraps the receipts port, e.g. to wake the month's collection when a document arrives. */
  readonly decorateReceipts?: (port: ReceiptsPort) => ReceiptsPort;
  readonly clock?: () => Date;
}

export interface ChatFronts {
  /** Both bots' notifiers in one, for the workflows and the dashboard. */
  readonly notifier: Notifier;
  /** What runs, for `pointage serve` to print (no secret in them). */
  readonly notes: readonly string[];
  stop(): Promise<void>;
}

/**
 * Starts the bots that have credentials: Slack (Socket Mode or HTTP events), Telegram (long
 * polling or webhook).
 */
export async function startChatFronts(input: ChatFrontsInput): Promise<ChatFronts> {
  const { config, db, logger } = input;
  const clock = input.clock ?? (() => new Date());
  const conversation = createConversation({
    db,
    receipts: (input.decorateReceipts ?? ((port: ReceiptsPort) => port))(
      createReceiptsPort({
        db,
        files: input.files,
        logger: logger.child({ component: 'receipts' }),
      }),
    ),
    banking: input.banking ?? unavailableBanking(db),
    clock,
    logger: logger.child({ component: 'conversation' }),
    selfOnboarding: config.POINTAGE_CHAT_SELF_ONBOARDING,
  });
  const fronts: ChatFront[] = [];
  const notes: string[] = [];
  try {
    if (config.SLACK_BOT_TOKEN && (config.SLACK_APP_TOKEN || config.SLACK_SIGNING_SECRET)) {
      const slack = createSlackFront({
        botToken: config.SLACK_BOT_TOKEN,
        db,
        conversation,
        logger,
        clock,
        ...(config.SLACK_APP_TOKEN
          ? { appToken: config.SLACK_APP_TOKEN }
          : {
              http: {
                signingSecret: config.SLACK_SIGNING_SECRET!,
                host: config.CHAT_HOST,
                port: config.SLACK_PORT,
              },
            }),
      });
      await slack.start();
      fronts.push(slack);
      notes.push(
        config.SLACK_APP_TOKEN
          ? 'Slack bot on (Socket Mode).'
          : `Slack bot on: events at ${slack.eventsUrl()}.`,
      );
    }
    if (config.TELEGRAM_BOT_TOKEN) {
      const webhook =
        config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET
          ? {
              publicUrl: config.TELEGRAM_WEBHOOK_URL,
              secret: config.TELEGRAM_WEBHOOK_SECRET,
              host: config.CHAT_HOST,
              port: config.TELEGRAM_WEBHOOK_PORT,
            }
          : undefined;
      const telegram = createTelegramFront({
        token: config.TELEGRAM_BOT_TOKEN,
        db,
        conversation,
        logger,
        ...(webhook ? { webhook } : {}),
      });
      await telegram.start();
      fronts.push(telegram);
      notes.push(
        webhook
          ? `Telegram bot on: webhook served at ${telegram.webhookUrl()}.`
          : 'Telegram bot on (long polling).',
      );
    }
  } catch (error) {
    for (const front of fronts.reverse()) await front.stop().catch(() => undefined);
    throw error;
  }
  return {
    notifier: combineNotifiers(fronts.map((front) => front.notifier)),
    notes,
    async stop() {
      for (const front of fronts.reverse()) await front.stop();
    },
  };
}

/**
 * Until the banking side is wired, its commands say to come back later rather than fail; the
 * connections already stored are still shown.
 */
export function unavailableBanking(db: Database): BankingPort {
  const refuse = (operation: string) => async (): Promise<never> => {
    throw new BankingUnavailableError(operation);
  };
  return {
    searchBanks: refuse('searchBanks'),
    startLink: refuse('startLink'),
    renew: refuse('renew'),
    disconnect: refuse('disconnect'),
    remindLater: refuse('remindLater'),
    async listConnections(freelancerId) {
      const rows = await db.connection.findMany({
        where: { freelancerId, provider: 'ENABLE_BANKING' },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map((row) => ({
        id: row.id,
        label: row.label,
        state: row.state,
        consentValidUntil: row.consentValidUntil,
      }));
    },
  };
}
