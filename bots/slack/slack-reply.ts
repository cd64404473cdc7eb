import type { webApi } from '@slack/bolt';
import type { ChatReply } from '../../core/conversation/chat-types.ts';
import type { Conversation } from '../../core/conversation/conversation.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { renderBlocks } from './render-blocks.ts';
import { routeSlackUrl, type SlackEndpoints } from './slack-endpoints.ts';
import { splitModal } from './split-modal.ts';

export interface SlackReplyContext {
  readonly client: webApi.WebClient;
  readonly conversation: Conversation;
  readonly endpoints: SlackEndpoints;
  readonly logger: Logger;
}

/** Where an answer goes in Slack. */
export interface SlackReplyTarget {
  readonly channel: string;
  readonly threadTs?: string;
  /** From a click or a slash command: updates the original, or answers only the clicker. */
  readonly responseUrl?: string;
  /** In a channel, answers only this user (others would see her amounts). */
  readonly ephemeralUser?: string;
  readonly triggerId?: string;
  /** Slash commands answer through their response_url, visible only to the person. */
  readonly messagesViaResponseUrl?: boolean;
}

/** Posts an answer: the form, the original replaced, the notice, then the new messages. */
export async function sendSlackReply(
  context: SlackReplyContext,
  target: SlackReplyTarget,
  reply: ChatReply,
): Promise<void> {
  const { client, conversation } = context;
  if (reply.form && target.triggerId) {
    await client.views.open({ trigger_id: target.triggerId, view: splitModal(reply.form) });
  }
  if (reply.replaceOriginal && target.responseUrl) {
    await postResponse(context, target.responseUrl, {
      replace_original: true,
      ...renderBlocks(reply.replaceOriginal),
    });
  }
  if (reply.notice) {
    const notice = { text: reply.notice.text };
    if (target.responseUrl) {
      await postResponse(context, target.responseUrl, {
        response_type: 'ephemeral',
        replace_original: false,
        ...notice,
      });
    } else if (target.ephemeralUser) {
      await client.chat.postEphemeral({
        channel: target.channel,
        user: target.ephemeralUser,
        ...notice,
      });
    }
  }
  for (const message of reply.messages) {
    const rendering = renderBlocks(message);
    if (target.messagesViaResponseUrl && target.responseUrl) {
      await postResponse(context, target.responseUrl, { response_type: 'ephemeral', ...rendering });
      continue;
    }
    if (target.ephemeralUser) {
      await client.chat.postEphemeral({
        channel: target.channel,
        user: target.ephemeralUser,
        ...rendering,
      });
      continue;
    }
    const sent = await client.chat.postMessage({
      channel: target.channel,
      ...rendering,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
    });
    if (message.questionId && sent.ts) await conversation.recordSent(message.questionId, sent.ts);
  }
}

/** `response_url` answers go only to Slack's hooks host (or the configured stand-in). */
async function postResponse(
  context: SlackReplyContext,
  responseUrl: string,
  body: object,
): Promise<void> {
  const url = routeSlackUrl(responseUrl, 'hooks', context.endpoints);
  if (!url) {
    context.logger.warn('slack response_url refused: not a Slack address');
    return;
  }
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok)
    context.logger.warn('slack response_url answered an error', { status: response.status });
}
