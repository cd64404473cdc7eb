import type { App } from '@slack/bolt';
import { textsFor } from '../../core/conversation/texts/texts.ts';
import { LINK_ACTIONS, OUR_ACTIONS } from './slack-action-ids.ts';
import { slackActionToken } from './slack-action-token.ts';
import type { SlackListenerDeps } from './slack-listener-deps.ts';
import { blockActions } from './slack-payloads.ts';
import { sendSlackReply } from './slack-reply.ts';
import { slackTurn } from './slack-turn.ts';

/** Clicks: acknowledged at once, then validated, applied once, and the message updated. */
export function registerSlackActions(app: App, deps: SlackListenerDeps): void {
  const { conversation, logger } = deps;

  app.action(OUR_ACTIONS, async ({ ack, body, client }) => {
    await ack();
    await deps.work(async () => {
      const parsed = blockActions.safeParse(body);
      if (!parsed.success) return logger.warn('slack action not understood');
      const payload = parsed.data;
      const action = payload.actions[0]!;
      const channel = payload.container.channel_id ?? payload.channel?.id;
      const teamId = payload.user.team_id ?? payload.team?.id;
      if (!channel || !teamId) return logger.warn('slack action without channel or team');

      const token = slackActionToken(payload, action);
      const turn = slackTurn({
        teamId,
        userId: payload.user.id,
        channelId: channel,
        ...(payload.container.message_ts ? { messageTs: payload.container.message_ts } : {}),
      });
      const reply = token
        ? await conversation.onButton(turn, token)
        : { messages: [], notice: { text: textsFor('fr').questionExpired, alert: false } };
      await sendSlackReply(
        { client, conversation, endpoints: deps.endpoints, logger },
        {
          channel,
          ...(payload.response_url
            ? { responseUrl: payload.response_url }
            : { ephemeralUser: payload.user.id }),
          triggerId: payload.trigger_id,
        },
        reply,
      );
    });
  });

  // Link buttons open a page in the browser; Slack still reports the click and wants an ack.
  app.action(LINK_ACTIONS, async ({ ack }) => {
    await ack();
  });
}
