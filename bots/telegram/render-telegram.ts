import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'telegraf/types';
import type { ChatButton, ChatMessage } from '../../core/conversation/chat-types.ts';
import { encodeCallbackData } from './callback-data.ts';

// Telegram counts 4,096 characters after entity parsing; leave room for the markup we add.
const MAX_TEXT = 3_900;
// Buttons with short labels go two to a row (as in the recorded keyboards), long ones alone.
const SHORT_LABEL = 22;

export interface TelegramRendering {
  readonly text: string;
  readonly keyboard: InlineKeyboardMarkup | null;
  /** The bot waits for a typed reply: the client opens a reply to this message. */
  readonly forceReply: boolean;
}

const BASE = { parse_mode: 'HTML', link_preview_options: { is_disabled: true } } as const;

/** A message as Bot API text (HTML) and inline keyboard. */
export function renderTelegram(message: ChatMessage): TelegramRendering {
  const body = truncate(message.text, MAX_TEXT);
  const html = message.preformatted
    ? `<pre>${escapeHtml(body)}</pre>`
    : boldStars(escapeHtml(body));
  const footer = message.footer ? `\n<i>${escapeHtml(message.footer)}</i>` : '';
  const keyboard = rows(message.buttons.map(inlineButton));
  return {
    text: html + footer,
    keyboard: keyboard.length > 0 ? { inline_keyboard: keyboard } : null,
    forceReply: keyboard.length === 0 && (message.expectsText ?? false),
  };
}

/** `sendMessage` options. */
export function sendOptions(rendering: TelegramRendering) {
  if (rendering.keyboard) return { ...BASE, reply_markup: rendering.keyboard };
  return rendering.forceReply ? { ...BASE, reply_markup: { force_reply: true as const } } : BASE;
}

/** `editMessageText` options: an edited message keeps only an inline keyboard. */
export function editOptions(rendering: TelegramRendering) {
  return rendering.keyboard ? { ...BASE, reply_markup: rendering.keyboard } : BASE;
}

function inlineButton(button: ChatButton): InlineKeyboardButton {
  if (button.url) return { text: button.label, url: button.url };
  return {
    text: button.label,
    callback_data: button.token ? encodeCallbackData(button.token) : 'noop',
  };
}

function rows(buttons: readonly InlineKeyboardButton[]): InlineKeyboardButton[][] {
  const out: InlineKeyboardButton[][] = [];
  for (const button of buttons) {
    const last = out.at(-1);
    const fits = (candidate: InlineKeyboardButton) =>
      candidate.text.length <= SHORT_LABEL && !('url' in candidate);
    if (last && last.length === 1 && fits(button) && fits(last[0]!)) {
      last.push(button);
    } else {
      out.push([button]);
    }
  }
  return out;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Our texts mark bold with `*…*` on one line (as Slack does). */
function boldStars(html: string): string {
  return html.replace(/\*([^*\n]+)\*/g, '<b>$1</b>');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
