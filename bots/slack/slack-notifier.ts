import type { webApi } from '@slack/bolt';
import type { Conversation } from '../../core/conversation/conversation.ts';
import type { Logger } from '../../core/logging/logger.ts';
import type { Notifier } from '../../core/notifications/notifier.ts';
import { createChatNotifier } from '../chat-notifier.ts';
import { renderBlocks } from './render-blocks.ts';

/** Workflows' messages to a freelancer (or a firm's staff), in their direct messages. */
export function createSlackNotifier(
  client: webApi.WebClient,
  conversation: Conversation,
  logger: Logger,
): Notifier {
  return createChatNotifier({
    channel: 'slack',
    conversation,
    logger,
    post: async (channel, message) =>
      (await client.chat.postMessage({ channel, ...renderBlocks(message) })).ts ?? null,
  });
}
