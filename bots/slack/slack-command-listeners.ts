import type { App } from '@slack/bolt';
import { acknowledgement } from '../../core/conversation/acknowledgement.ts';
import { categoryCodeFromKey } from '../../core/conversation/category-keys.ts';
import { parisDateOf } from '../../core/dates/calendar-date.ts';
import type { SlackListenerDeps } from './slack-listener-deps.ts';
import { slashCommand, splitMetadata, splitSubmission } from './slack-payloads.ts';
import { sendSlackReply } from './slack-reply.ts';
import { slackTurn } from './slack-turn.ts';

/** `/pointage <anything>` and the shortcut `/justificatifs [mois]`. */
export const SLASH_COMMANDS = ['/pointage', '/justificatifs'] as const;

export function registerSlackCommands(app: App, deps: SlackListenerDeps): void {
  const { conversation, logger } = deps;

  for (const name of SLASH_COMMANDS) {
    app.command(name, async ({ ack, body, client }) => {
      const parsed = slashCommand.safeParse(body);
      if (!parsed.success) {
        await ack();
        return logger.warn('slack command not understood');
      }
      const command = parsed.data;
      const text = name === '/pointage' ? command.text : `${name} ${command.text}`;
      await ack({
        response_type: 'ephemeral',
        text: acknowledgement(text, parisDateOf(deps.clock())),
      });
      await deps.work(async () => {
        const turn = slackTurn({
          teamId: command.team_id,
          userId: command.user_id,
          channelId: command.channel_id,
          addressed: true,
        });
        const reply = await conversation.onText(turn, text);
        await sendSlackReply(
          { client, conversation, endpoints: deps.endpoints, logger },
          {
            channel: command.channel_id,
            responseUrl: command.response_url,
            messagesViaResponseUrl: true,
          },
          reply,
        );
      });
    });
  }

  // The split form: its answer must carry any field error, so it is validated before the ack.
  app.view('split_tx', async ({ ack, body, client }) => {
    const parsed = splitSubmission.safeParse(body);
    const metadata = parsed.success
      ? splitMetadata.safeParse(safeJson(parsed.data.view.private_metadata))
      : null;
    const teamId = parsed.success ? (parsed.data.user.team_id ?? parsed.data.team?.id) : undefined;
    if (!parsed.success || !metadata?.success || !teamId) {
      await ack({ response_action: 'errors', errors: { amount_pro: '…' } });
      return logger.warn('slack split form not understood');
    }
    const values = parsed.data.view.state.values;
    const chosen = values.category_pro?.category_select?.selected_option?.value;
    const outcome = await conversation.submitSplit(
      slackTurn({ teamId, userId: parsed.data.user.id, channelId: '' }),
      {
        questionId: metadata.data.q,
        ref: metadata.data.tx,
        amountText: values.amount_pro?.amount_pro_input?.value ?? '',
        categoryCode: chosen ? (categoryCodeFromKey(chosen) ?? null) : null,
        note: values.note?.note_input?.value ?? null,
      },
    );
    if ('errors' in outcome) {
      await ack({ response_action: 'errors', errors: { amount_pro: outcome.errors.amount } });
      return;
    }
    await ack();
    await sendSlackReply(
      { client, conversation, endpoints: deps.endpoints, logger },
      { channel: outcome.chatId },
      outcome.reply,
    );
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
