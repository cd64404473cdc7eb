import type { webApi } from '@slack/bolt';
import type { LinkedIdentity } from '../../core/conversation/chat-identities.ts';
import type { Conversation } from '../../core/conversation/conversation.ts';
import type { OutgoingMessage } from '../../core/conversation/outgoing-message.ts';
import type { Logger } from '../../core/logging/logger.ts';
import type { Notifier, NotifyResult } from '../../core/notifications/notifier.ts';
import { renderBlocks } from './render-blocks.ts';

/** Workflows' messages to a freelancer (or a firm's staff), in their direct messages. */
export function createSlackNotifier(
  client: webApi.WebClient,
  conversation: Conversation,
  logger: Logger,
): Notifier {
  const deliver = async (
    identities: readonly LinkedIdentity[],
    message: OutgoingMessage,
  ): Promise<NotifyResult> => {
    let reached = 0;
    for (const identity of identities) {
      const channel = identity.directChatId;
      if (!channel) continue;
      try {
        const bound = await conversation.prepareNotification(identity, channel, message);
        const sent = await client.chat.postMessage({ channel, ...renderBlocks(bound) });
        if (bound.questionId && sent.ts) await conversation.recordSent(bound.questionId, sent.ts);
        reached += 1;
      } catch (error) {
        logger.warn('slack notification failed', { identityId: identity.id, error: String(error) });
      }
    }
    return { delivered: reached > 0 ? ['slack'] : [] };
  };
  return {
    notifyFreelancer: async (freelancerId, message) =>
      deliver(await conversation.recipients('slack', { freelancerId }), message),
    notifyFirmStaff: async (firmId, message) =>
      deliver(await conversation.recipients('slack', { firmId }), message),
  };
}
