import type { Telegram } from 'telegraf';
import type { LinkedIdentity } from '../../core/conversation/chat-identities.ts';
import type { Conversation } from '../../core/conversation/conversation.ts';
import type { OutgoingMessage } from '../../core/conversation/outgoing-message.ts';
import type { Logger } from '../../core/logging/logger.ts';
import type { Notifier, NotifyResult } from '../../core/notifications/notifier.ts';
import { renderTelegram, sendOptions } from './render-telegram.ts';

/** Workflows' messages to a freelancer (or a firm's staff) in their private chat with the bot. */
export function createTelegramNotifier(
  telegram: Telegram,
  conversation: Conversation,
  logger: Logger,
): Notifier {
  const deliver = async (
    identities: readonly LinkedIdentity[],
    message: OutgoingMessage,
  ): Promise<NotifyResult> => {
    let reached = 0;
    for (const identity of identities) {
      const chatId = identity.directChatId;
      if (!chatId) continue;
      try {
        const bound = await conversation.prepareNotification(identity, chatId, message);
        const rendering = renderTelegram(bound);
        const sent = await telegram.sendMessage(chatId, rendering.text, sendOptions(rendering));
        if (bound.questionId)
          await conversation.recordSent(bound.questionId, String(sent.message_id));
        reached += 1;
      } catch (error) {
        logger.warn('telegram notification failed', {
          identityId: identity.id,
          error: String(error),
        });
      }
    }
    return { delivered: reached > 0 ? ['telegram'] : [] };
  };
  return {
    notifyFreelancer: async (freelancerId, message) =>
      deliver(await conversation.recipients('telegram', { freelancerId }), message),
    notifyFirmStaff: async (firmId, message) =>
      deliver(await conversation.recipients('telegram', { firmId }), message),
  };
}
