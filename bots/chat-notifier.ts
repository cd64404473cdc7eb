import type { ChatMessage, ChatChannel } from '../core/conversation/chat-types.ts';
import type { Conversation } from '../core/conversation/conversation.ts';
import type { Logger } from '../core/logging/logger.ts';
import type { Notifier, NotifyResult } from '../core/notifications/notifier.ts';

/** Posts one prepared message in a chat; returns the platform's id of the posted message. */
export type PostMessage = (chatId: string, message: ChatMessage) => Promise<string | null>;

/**
 * Workflows' messages to a freelancer (or a firm's staff) in their private chat with the bot:
 * each recipient's buttons are bound to them before the platform posts it. One failed recipient
 * is logged and does not stop the others.
 */
export function createChatNotifier(input: {
  channel: ChatChannel;
  conversation: Conversation;
  logger: Logger;
  post: PostMessage;
}): Notifier {
  const { channel, conversation, logger } = input;
  const deliver = async (
    target: { freelancerId: string } | { firmId: string },
    message: Parameters<Notifier['notifyFreelancer']>[1],
  ): Promise<NotifyResult> => {
    let reached = 0;
    for (const identity of await conversation.recipients(channel, target)) {
      const chatId = identity.directChatId;
      if (!chatId) continue;
      try {
        const bound = await conversation.prepareNotification(identity, chatId, message);
        const postedId = await input.post(chatId, bound);
        if (bound.questionId && postedId) await conversation.recordSent(bound.questionId, postedId);
        reached += 1;
      } catch (error) {
        logger.warn('chat notification failed', {
          channel,
          identityId: identity.id,
          error: String(error),
        });
      }
    }
    return { delivered: reached > 0 ? [channel] : [] };
  };
  return {
    notifyFreelancer: (freelancerId, message) => deliver({ freelancerId }, message),
    notifyFirmStaff: (firmId, message) => deliver({ firmId }, message),
  };
}
