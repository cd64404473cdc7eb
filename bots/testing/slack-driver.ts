import { createHmac, randomBytes } from 'node:crypto';
import { silentLogger } from '../../core/logging/logger.ts';
import {
  describeFile,
  startSlackStandin,
  type SlackStandin,
} from '../../standins/slack-api/slack-standin.ts';
import { createSlackFront, type SlackFront } from '../slack/create-slack-front.ts';
import type { ChatDriver, Seen, SentFile } from './chat-driver.ts';
import { findControl, latestMessage, seen } from './slack-seen.ts';
import type { ChatWorld } from './chat-world.ts';

export const SLACK_BOT_TOKEN = 'xoxb-standin-8098765432109-bot-token';
export const SIGNING_SECRET = '5c1e9a7b3d20f48e6a1b9c0d7e2f4a83';
export const TEAM = 'T08QK3LZ7PV';
export const MAELLE_SLACK = 'U08QK41HZ6M';
export const THIBAULT_SLACK = 'U08QN7CDE2R';
export const DM = 'D08RM6KQJ4T';
export const COMPTA = 'C08QK3M9U1F';
const BOT_USER = 'U08RM5BQW3D';
const BOT_ID = 'B08RM5BPX9A';
const APP = 'A08RM4PNT2K';

export interface SlackDriver extends ChatDriver {
  readonly standin: SlackStandin;
  readonly front: SlackFront;
  /** Posts a body signed as Slack signs it; returns the HTTP answer and what the user saw. */
  post(
    body: string,
    contentType: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; answer: string; seen: Seen[] }>;
  event(event: Record<string, unknown>, eventId?: string): Promise<Seen[]>;
}

/** Maëlle in Slack, through signed HTTP requests to the bot and the Web API stand-in. */
export async function startSlackDriver(world: ChatWorld): Promise<SlackDriver> {
  const standin = await startSlackStandin({
    botToken: SLACK_BOT_TOKEN,
    teamId: TEAM,
    botUserId: BOT_USER,
    botId: BOT_ID,
  });
  const seconds = () => Math.floor(world.clock.now.getTime() / 1000);
  const front = createSlackFront({
    botToken: SLACK_BOT_TOKEN,
    db: world.db,
    conversation: world.conversation,
    logger: silentLogger,
    clock: () => world.clock.now,
    http: { signingSecret: SIGNING_SECRET, host: '127.0.0.1', port: 0, nowSeconds: seconds },
    endpoints: standin.endpoints,
    retries: 0,
  });
  await front.start();

  let counter = 0;
  let lastUserTs: string | null = null;
  let lastFileId: string | null = null;
  const nextTs = () => `${seconds()}.${String(++counter).padStart(6, '0')}`;

  const post = async (body: string, contentType: string, headers: Record<string, string> = {}) => {
    const mark = standin.calls.length;
    const timestamp = String(seconds());
    const hmac = createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`);
    const signature = `v0=${hmac.digest('hex')}`;
    const response = await fetch(front.eventsUrl()!, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': timestamp,
        'x-slack-signature': signature,
        ...headers,
      },
      body,
    });
    const answer = await response.text();
    await front.idle();
    return { status: response.status, answer, seen: standin.calls.slice(mark).flatMap(seen) };
  };
  const event = async (payload: Record<string, unknown>, eventId = `EvD${++counter}`) => {
    const envelope = {
      token: 'kR7mQ2vX9dLp4ZsT1wNcHy6B',
      team_id: TEAM,
      api_app_id: APP,
      event: payload,
      type: 'event_callback',
      event_id: eventId,
      event_time: seconds(),
      authorizations: [
        {
          enterprise_id: null,
          team_id: TEAM,
          user_id: BOT_USER,
          is_bot: true,
          is_enterprise_install: false,
        },
      ],
    };
    return (await post(JSON.stringify(envelope), 'application/json')).seen;
  };
  const interaction = async (payload: Record<string, unknown>) =>
    post(
      `payload=${encodeURIComponent(JSON.stringify(payload))}`,
      'application/x-www-form-urlencoded',
    );
  const dm = (fields: Record<string, unknown>) => {
    const ts = nextTs();
    lastUserTs = ts;
    return event({
      type: 'message',
      user: MAELLE_SLACK,
      ts,
      channel: DM,
      channel_type: 'im',
      event_ts: ts,
      ...fields,
    });
  };
  const user = (id: string) => ({
    id,
    username: id === MAELLE_SLACK ? 'maelle' : 'thibault.rochefort',
    team_id: TEAM,
  });
  const mention = (userId: string, text: string) =>
    event({
      type: 'app_mention',
      user: userId,
      text: `<@${BOT_USER}> ${text}`,
      ts: nextTs(),
      channel: COMPTA,
    });

  return {
    channel: 'slack',
    standin,
    front,
    notifier: front.notifier,
    post,
    event,
    say: (text) => dm({ text }),
    answer(text) {
      const question = latestMessage(standin.calls, () => true, DM);
      return dm({ text, ...(question?.ts ? { thread_ts: question.ts } : {}) });
    },
    async click(label, options = {}) {
      const found = latestMessage(
        standin.calls,
        (blocks) => findControl(blocks, label) !== null,
        DM,
      );
      if (!found) throw new Error(`no button ${label} on any message`);
      const control = findControl(found.blocks, label)!;
      const action =
        control.kind === 'button'
          ? {
              type: 'button',
              action_id: control.element.action_id,
              block_id: control.blockId,
              value: control.element.value,
              text: control.element.text,
            }
          : {
              type: 'static_select',
              action_id: control.element.action_id,
              block_id: control.blockId,
              selected_option: control.option,
            };
      const result = await interaction({
        type: 'block_actions',
        user: user(options.by === 'other' ? THIBAULT_SLACK : MAELLE_SLACK),
        api_app_id: APP,
        team: { id: TEAM, domain: 'fauconnet-ergo' },
        container: {
          type: 'message',
          message_ts: found.ts ?? nextTs(),
          channel_id: found.channel,
          is_ephemeral: false,
        },
        channel: { id: found.channel, name: 'directmessage' },
        message: {
          type: 'message',
          user: BOT_USER,
          bot_id: BOT_ID,
          ts: found.ts ?? nextTs(),
          text: '',
          blocks: found.blocks,
        },
        trigger_id: `8012641790451.8098765432109.${randomBytes(8).toString('hex')}`,
        response_url: `https://hooks.slack.com/actions/${TEAM}/${++counter}/${randomBytes(6).toString('hex')}`,
        state: { values: {} },
        actions: [{ ...action, action_ts: nextTs() }],
      });
      return result.seen;
    },
    async sendFile(file: SentFile, caption?: string) {
      const id = `F0TEST${++counter}`;
      lastFileId = id;
      if (file.bytes)
        standin.addFile({ id, name: file.name, mimetype: file.mime, bytes: file.bytes });
      const described = {
        ...describeFile(
          { id, name: file.name, mimetype: file.mime, bytes: file.bytes ?? new Uint8Array() },
          TEAM,
        ),
        size: file.size ?? file.bytes?.byteLength ?? 0,
      };
      return dm({ subtype: 'file_share', text: caption ?? '', files: [described] });
    },
    async resendLastFile() {
      if (!lastFileId) throw new Error('no file sent yet');
      // The same upload announced a second time, as `file_shared`.
      return event({
        type: 'file_shared',
        channel_id: DM,
        file_id: lastFileId,
        user_id: MAELLE_SLACK,
        file: { id: lastFileId },
        event_ts: nextTs(),
      });
    },
    editLast(text) {
      if (!lastUserTs) throw new Error('no message to edit');
      const ts = nextTs();
      return event({
        type: 'message',
        subtype: 'message_changed',
        hidden: true,
        channel: DM,
        channel_type: 'im',
        ts,
        event_ts: ts,
        message: { type: 'message', user: MAELLE_SLACK, text, ts: lastUserTs },
      });
    },
    async split(amount) {
      const opened = [...standin.calls].reverse().find((call) => call.method === 'views.open');
      if (!opened) throw new Error('no split form was opened');
      const view = opened.body.view as {
        private_metadata: string;
        blocks: Array<{
          block_id: string;
          element?: { initial_option?: unknown; options?: unknown[] };
        }>;
      };
      const category = view.blocks.find((block) => block.block_id === 'category_pro')?.element;
      const result = await interaction({
        type: 'view_submission',
        team: { id: TEAM, domain: 'fauconnet-ergo' },
        user: user(MAELLE_SLACK),
        api_app_id: APP,
        view: {
          id: 'V0STANDIN',
          type: 'modal',
          callback_id: 'split_tx',
          private_metadata: view.private_metadata,
          blocks: view.blocks,
          state: {
            values: {
              amount_pro: { amount_pro_input: { type: 'plain_text_input', value: amount } },
              category_pro: {
                category_select: {
                  type: 'static_select',
                  selected_option: category?.initial_option ?? null,
                },
              },
              note: { note_input: { type: 'plain_text_input', value: null } },
            },
          },
        },
      });
      const errors = result.answer
        ? (JSON.parse(result.answer) as { errors?: Record<string, string> }).errors
        : undefined;
      const formErrors: Seen[] = errors
        ? Object.values(errors).map((text) => ({ kind: 'form_error', text, buttons: [] }))
        : [];
      return [...formErrors, ...result.seen];
    },
    sayInGroup: (text) => mention(MAELLE_SLACK, text),
    fileFetches: () => standin.calls.filter((call) => call.kind === 'file').length,
    strangerSays: (text) => mention(THIBAULT_SLACK, text),
    async stop() {
      await front.stop();
      await standin.stop();
    },
  };
}
