import type { App } from '@slack/bolt';
import type { ChatReply } from '../../core/conversation/chat-types.ts';
import { claimEvent } from '../../core/conversation/processed-events.ts';
import { slackIncomingFile } from './slack-files.ts';
import type { SlackListenerDeps } from './slack-listener-deps.ts';
import {
  appMention,
  eventEnvelope,
  fileShared,
  messageEvent,
  slackFile,
} from './slack-payloads.ts';
import { sendSlackReply } from './slack-reply.ts';
import { slackTurn } from './slack-turn.ts';

/**
 * Events API: Bolt has already answered 200 when these run. Direct messages are the
 * conversation; in a channel only a mention of the bot is, and it is answered privately.
 */
export function registerSlackEvents(app: App, deps: SlackListenerDeps): void {
  const { conversation, logger } = deps;

  // Slack retries an event it thinks was lost (same event_id, X-Slack-Retry-Num).
  app.use(async ({ body, next }) => {
    const envelope = eventEnvelope.safeParse(body);
    if (envelope.success && !(await claimEvent(deps.db, `slack:event:${envelope.data.event_id}`)))
      return;
    await next();
  });

  app.event('message', ({ event, body, client }) =>
    deps.work(async () => {
      const envelope = eventEnvelope.safeParse(body);
      const parsed = messageEvent.safeParse(event);
      if (!envelope.success || !parsed.success) return logger.warn('slack message not understood');
      const message = parsed.data;
      if (message.bot_id || message.channel_type !== 'im') return;
      const context = { client, conversation, endpoints: deps.endpoints, logger };
      const teamId = envelope.data.team_id;

      let reply: ChatReply = { messages: [] };
      if (message.subtype === 'message_changed' && message.message?.user && message.message.text) {
        const turn = slackTurn({
          teamId,
          userId: message.message.user,
          channelId: message.channel,
          messageTs: message.message.ts,
        });
        reply = await conversation.onEditedText(turn, message.message.text);
      } else if (
        message.user &&
        (message.subtype === undefined || message.subtype === 'file_share')
      ) {
        const turn = slackTurn({
          teamId,
          userId: message.user,
          channelId: message.channel,
          messageTs: message.ts,
          ...(message.thread_ts ? { threadTs: message.thread_ts } : {}),
        });
        const files = (message.files ?? []).map((file) =>
          slackIncomingFile(file, deps.botToken, deps.endpoints),
        );
        reply =
          files.length > 0
            ? await conversation.onFiles(turn, files, {
                caption: message.text ?? null,
                quietDuplicates: true,
              })
            : await conversation.onText(turn, message.text ?? '');
      }
      await sendSlackReply(
        context,
        { channel: message.channel, ...(message.thread_ts ? { threadTs: message.thread_ts } : {}) },
        reply,
      );
    }),
  );

  app.event('app_mention', ({ event, body, client }) =>
    deps.work(async () => {
      const envelope = eventEnvelope.safeParse(body);
      const parsed = appMention.safeParse(event);
      if (!envelope.success || !parsed.success) return logger.warn('slack mention not understood');
      const mention = parsed.data;
      const text = mention.text.replace(/<@[A-Z0-9]+>/g, ' ').trim();
      const turn = slackTurn({
        teamId: envelope.data.team_id,
        userId: mention.user,
        channelId: mention.channel,
        messageTs: mention.ts,
        addressed: true,
      });
      const reply = await conversation.onText(turn, text);
      const context = { client, conversation, endpoints: deps.endpoints, logger };
      await sendSlackReply(
        context,
        { channel: mention.channel, ephemeralUser: mention.user },
        reply,
      );
    }),
  );

  // Slack also announces the upload of a message's file; whichever comes first handles it.
  app.event('file_shared', ({ event, body, client }) =>
    deps.work(async () => {
      const envelope = eventEnvelope.safeParse(body);
      const parsed = fileShared.safeParse(event);
      if (!envelope.success || !parsed.success || !parsed.data.channel_id.startsWith('D')) return;
      const shared = parsed.data;
      const info = await client.files.info({ file: shared.file_id });
      const file = slackFile.safeParse(info.file);
      if (!file.success)
        return logger.warn('slack file info not understood', { fileId: shared.file_id });
      const turn = slackTurn({
        teamId: envelope.data.team_id,
        userId: shared.user_id,
        channelId: shared.channel_id,
      });
      const reply = await conversation.onFiles(
        turn,
        [slackIncomingFile(file.data, deps.botToken, deps.endpoints)],
        {
          caption: null,
          quietDuplicates: true,
        },
      );
      await sendSlackReply(
        { client, conversation, endpoints: deps.endpoints, logger },
        { channel: shared.channel_id },
        reply,
      );
    }),
  );
}
