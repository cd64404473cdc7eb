import { silentLogger } from '../../core/logging/logger.ts';
import {
  startTelegramStandin,
  type TelegramCall,
  type TelegramStandin,
} from '../../standins/telegram-api/telegram-standin.ts';
import { createTelegramFront, type TelegramFront } from '../telegram/create-telegram-front.ts';
import type { ChatDriver, Seen, SentFile } from './chat-driver.ts';
import type { ChatWorld } from './chat-world.ts';

export const TELEGRAM_TOKEN = '7946051283:AAtest-standin-token';
export const WEBHOOK_SECRET = 'pointage-tg-7Hq2Lm9Xv4';
export const MAELLE_TG = {
  id: 6581234907,
  is_bot: false,
  first_name: 'Maëlle',
  last_name: 'Fauconnet',
  username: 'maelle_ergo_ux',
  language_code: 'fr',
};
export const BASTIEN_TG = {
  id: 7014482256,
  is_bot: false,
  first_name: 'Bastien',
  last_name: 'Roux',
  username: 'bastien_r',
  language_code: 'fr',
};
const PRIVATE = {
  id: MAELLE_TG.id,
  type: 'private',
  first_name: 'Maëlle',
  username: 'maelle_ergo_ux',
};
export const GROUP = {
  id: -1002231847719,
  type: 'supergroup',
  title: 'Compta Fauconnet Ergonomie',
};

interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
}

export interface TelegramDriver extends ChatDriver {
  readonly standin: TelegramStandin;
  readonly front: TelegramFront;
  /** Delivers a recorded update as Telegram would and returns what the bot sent back. */
  deliver(update: { update_id: number }): Promise<Seen[]>;
}

/** Maëlle in Telegram, through long polling (or the webhook) against the Bot API stand-in. */
export async function startTelegramDriver(
  world: ChatWorld,
  options: { webhook?: boolean } = {},
): Promise<TelegramDriver> {
  const standin = await startTelegramStandin({ token: TELEGRAM_TOKEN });
  const front = createTelegramFront({
    token: TELEGRAM_TOKEN,
    db: world.db,
    conversation: world.conversation,
    logger: silentLogger,
    apiRoot: standin.apiRoot,
    ...(options.webhook
      ? {
          webhook: {
            publicUrl: 'https://pointage.invalid/telegram/webhook',
            secret: WEBHOOK_SECRET,
            host: '127.0.0.1',
            port: 0,
          },
        }
      : {}),
  });
  await front.start();

  // Below the recorded updates' ids, which long polling must see in increasing order.
  let updateId = 718_200_000;
  let messageId = 5_000;
  let lastUserMessage: { message_id: number; chat: object; text: string } | null = null;
  let lastFile: { update: Record<string, unknown> } | null = null;
  const clockSeconds = () => Math.floor(world.clock.now.getTime() / 1000);

  const deliver = async (given: { update_id: number }): Promise<Seen[]> => {
    // Long polling confirms everything below its offset: a recorded update older than the last
    // one delivered is renumbered, as Telegram would have numbered it on arrival.
    const update =
      !options.webhook && given.update_id <= updateId
        ? { ...given, update_id: updateId + 1 }
        : given;
    updateId = Math.max(updateId, update.update_id);
    const mark = standin.calls.length;
    if (options.webhook) {
      const response = await fetch(front.webhookUrl()!, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-telegram-bot-api-secret-token': WEBHOOK_SECRET,
        },
        body: JSON.stringify(update),
      });
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
      await front.idle();
    } else {
      standin.queueUpdates([update]);
      await standin.waitForOffset(update.update_id + 1);
    }
    return standin.calls.slice(mark).flatMap(seen);
  };
  const message = (fields: Record<string, unknown>, from = MAELLE_TG, chat: object = PRIVATE) => {
    messageId += 1;
    return { message_id: messageId, from, chat, date: clockSeconds(), ...fields };
  };
  const send = (fields: Record<string, unknown>, from = MAELLE_TG, chat: object = PRIVATE) => {
    const built = message(fields, from, chat);
    if (typeof fields.text === 'string' && from === MAELLE_TG)
      lastUserMessage = { message_id: built.message_id, chat, text: fields.text };
    updateId += 1;
    return deliver({ update_id: updateId, message: built } as { update_id: number });
  };
  const latestBotMessage = (test: (call: TelegramCall, buttons: InlineButton[]) => boolean) => {
    for (const call of [...standin.calls].reverse()) {
      if (call.method !== 'sendMessage' && call.method !== 'editMessageText') continue;
      if (test(call, buttonsOf(call))) return call;
    }
    return undefined;
  };

  const answer = async (text: string) => {
    const question = latestBotMessage((call) =>
      JSON.stringify(call.params.reply_markup ?? '').includes('force_reply'),
    );
    const replyTo = question ? messageIdOf(question) : undefined;
    const bot = { id: 7946051283, is_bot: true, first_name: 'Pointage' };
    return send({
      text,
      ...(replyTo
        ? {
            reply_to_message: {
              message_id: replyTo,
              from: bot,
              chat: PRIVATE,
              date: clockSeconds(),
            },
          }
        : {}),
    });
  };

  return {
    channel: 'telegram',
    standin,
    front,
    notifier: front.notifier,
    deliver,
    say: (text) =>
      send({
        text,
        ...(text.startsWith('/')
          ? { entities: [{ offset: 0, length: text.split(' ')[0]!.length, type: 'bot_command' }] }
          : {}),
      }),
    answer,
    async click(label, clickOptions = {}) {
      const call = latestBotMessage((_, buttons) =>
        buttons.some((button) => label.test(button.text) && button.callback_data),
      );
      if (!call) throw new Error(`no button ${label} on any message`);
      const button = buttonsOf(call).find(
        (candidate) => label.test(candidate.text) && candidate.callback_data,
      )!;
      const chatId = Number(call.params.chat_id);
      const chat = chatId === GROUP.id ? GROUP : PRIVATE;
      updateId += 1;
      return deliver({
        update_id: updateId,
        callback_query: {
          id: String(updateId * 7),
          from: clickOptions.by === 'other' ? BASTIEN_TG : MAELLE_TG,
          message: {
            message_id: messageIdOf(call),
            from: { id: 7946051283, is_bot: true, first_name: 'Pointage' },
            chat,
            date: clockSeconds(),
            text: String(call.params.text),
          },
          chat_instance: '-3519203871144892310',
          data: button.callback_data,
        },
      } as { update_id: number });
    },
    async sendFile(file: SentFile, caption?: string) {
      const uniqueId = `U${(updateId + 1).toString(36)}`;
      const fileId = `F-${uniqueId}`;
      const size = file.size ?? file.bytes?.byteLength ?? 0;
      standin.addFile({ fileId, uniqueId, size, ...(file.bytes ? { bytes: file.bytes } : {}) });
      const ref = { file_id: fileId, file_unique_id: uniqueId, file_size: size };
      const fields = file.asPhoto
        ? {
            photo: [
              {
                ...ref,
                file_id: `${fileId}-s`,
                file_unique_id: `${uniqueId}-s`,
                width: 90,
                height: 120,
              },
              { ...ref, width: 960, height: 1280 },
            ],
          }
        : { document: { ...ref, file_name: file.name, mime_type: file.mime } };
      const update = { ...fields, ...(caption ? { caption } : {}) };
      lastFile = { update };
      return send(update);
    },
    async resendLastFile() {
      if (!lastFile) throw new Error('no file sent yet');
      return send(lastFile.update);
    },
    async editLast(text) {
      if (!lastUserMessage) throw new Error('no message to edit');
      updateId += 1;
      return deliver({
        update_id: updateId,
        edited_message: {
          ...lastUserMessage,
          from: MAELLE_TG,
          date: clockSeconds(),
          edit_date: clockSeconds() + 30,
          text,
        },
      } as { update_id: number });
    },
    split: (amount) => answer(amount),
    sayInGroup: (text) => send({ text }, MAELLE_TG, GROUP),
    fileFetches: () => standin.calls.filter((call) => call.method === 'getFile').length,
    strangerSays(text) {
      const question = latestBotMessage((call) => Number(call.params.chat_id) === GROUP.id);
      const replyTo = question
        ? {
            reply_to_message: {
              message_id: messageIdOf(question),
              chat: GROUP,
              date: clockSeconds(),
            },
          }
        : {};
      return send({ text, ...replyTo }, BASTIEN_TG, GROUP);
    },
    async stop() {
      await front.stop();
      await standin.stop();
    },
  };
}

function buttonsOf(call: TelegramCall): InlineButton[] {
  const markup = call.params.reply_markup as { inline_keyboard?: InlineButton[][] } | undefined;
  return markup?.inline_keyboard?.flat() ?? [];
}

function messageIdOf(call: TelegramCall): number {
  if (call.method === 'editMessageText') return Number(call.params.message_id);
  return Number((call.result as { message_id: number }).message_id);
}

function seen(call: TelegramCall): Seen[] {
  const text = plain(String(call.params.text ?? ''));
  const buttons = buttonsOf(call).map((button) => button.text);
  switch (call.method) {
    case 'sendMessage':
      return [{ kind: 'message', text, buttons }];
    case 'editMessageText':
      return [{ kind: 'edit', text, buttons }];
    case 'answerCallbackQuery':
      return call.params.text
        ? [
            {
              kind: call.params.show_alert === true ? 'alert' : 'notice',
              text: String(call.params.text),
              buttons: [],
            },
          ]
        : [];
    default:
      return [];
  }
}

function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
