import { z } from 'zod';

/** The parts of Slack payloads the bot reads, checked before use. */

const user = z.object({
  id: z.string(),
  team_id: z.string().optional(),
  name: z.string().optional(),
});
const team = z.object({ id: z.string() }).nullable().optional();
const option = z.object({ value: z.string() });

export const blockActions = z.object({
  type: z.literal('block_actions'),
  user,
  team,
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({
    type: z.string(),
    message_ts: z.string().optional(),
    channel_id: z.string().optional(),
    is_ephemeral: z.boolean().optional(),
  }),
  message: z
    .object({
      ts: z.string(),
      blocks: z.array(z.object({ block_id: z.string().optional() }).passthrough()).optional(),
    })
    .optional(),
  response_url: z.string().url().optional(),
  trigger_id: z.string(),
  actions: z
    .array(
      z.object({
        action_id: z.string(),
        block_id: z.string(),
        value: z.string().max(2000).optional(),
        selected_option: option.nullable().optional(),
      }),
    )
    .min(1),
});

/** The JSON a button's `value` holds (see render-blocks.ts). */
export const buttonValue = z.object({
  q: z.string().max(40).optional(),
  tx: z.string().max(48).optional(),
  cat: z.string().max(60).optional(),
  i: z.number().int().min(0).max(99).optional(),
  back: z.boolean().optional(),
});

const inputValue = z.object({
  value: z.string().nullable().optional(),
  selected_option: option.nullable().optional(),
});

export const splitSubmission = z.object({
  type: z.literal('view_submission'),
  user,
  team,
  view: z.object({
    callback_id: z.literal('split_tx'),
    private_metadata: z.string(),
    state: z.object({ values: z.record(z.record(inputValue)) }),
  }),
});

export const splitMetadata = z.object({ q: z.string().max(40), tx: z.string().max(48) });

export const slashCommand = z.object({
  command: z.string(),
  text: z.string(),
  user_id: z.string(),
  team_id: z.string(),
  channel_id: z.string(),
  response_url: z.string().url(),
});

export const slackFile = z.object({
  id: z.string(),
  name: z.string().optional(),
  mimetype: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
  url_private: z.string().url().optional(),
  url_private_download: z.string().url().optional(),
});

export const messageEvent = z.object({
  type: z.literal('message'),
  subtype: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  files: z.array(slackFile).optional(),
  // message_changed: the message as it reads now.
  message: z
    .object({ text: z.string().optional(), ts: z.string(), user: z.string().optional() })
    .optional(),
});

export const appMention = z.object({
  type: z.literal('app_mention'),
  user: z.string(),
  text: z.string(),
  channel: z.string(),
  ts: z.string(),
  thread_ts: z.string().optional(),
});

export const fileShared = z.object({
  type: z.literal('file_shared'),
  file_id: z.string(),
  user_id: z.string(),
  channel_id: z.string(),
});

export const eventEnvelope = z.object({ team_id: z.string(), event_id: z.string() });

export type SlackFile = z.infer<typeof slackFile>;
export type BlockActions = z.infer<typeof blockActions>;
