import type { Telegram } from 'telegraf';
import type { Conversation } from '../../core/conversation/conversation.ts';
import type { Logger } from '../../core/logging/logger.ts';
import type { Notifier } from '../../core/notifications/notifier.ts';
import { createChatNotifier } from '../chat-notifier.ts';
import { renderTelegram, sendOptions } from './render-telegram.ts';

/** Workflows' messages to a freelancer (or a firm's staff) in their private chat with the bot. */
export function createTelegramNotifier(
  telegram: Telegram,
  conversation: Conversation,
  logger: Logger,
): Notifier {
  return createChatNotifier({
    channel: 'telegram',
    conversation,
    logger,
    post: async (chatId, message) => {
      const rendering = renderTelegram(message);
      const sent = await telegram.sendMessage(chatId, rendering.text, sendOptions(rendering));
      return String(sent.message_id);
    },
  });
}
