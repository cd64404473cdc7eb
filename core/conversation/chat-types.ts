/**
 * The conversation as both bots see it: who speaks, where, and what the bot answers. Slack and
 * Telegram only translate their payloads into these and render the answers back.
 */

export type ChatChannel = 'slack' | 'telegram';
export type Locale = 'fr' | 'en';

/** The person behind a message or a click, as the chat platform names them. */
export interface Speaker {
  readonly channel: ChatChannel;
  /** Slack `<team>:<user>`, Telegram user id. */
  readonly externalId: string;
  readonly displayName?: string;
}

/** One incoming message or click: who, in which chat, and which message it is or answers. */
export interface ChatTurn {
  readonly speaker: Speaker;
  readonly chatId: string;
  readonly isPrivate: boolean;
  readonly messageId?: string;
  readonly replyToMessageId?: string;
  /** Slack can open a form (modal); Telegram asks in text instead. */
  readonly canOpenForms: boolean;
  /** Said to the bot outside a private chat (a slash command, a mention): always answered. */
  readonly addressed?: boolean;
}

/**
 * What a button does, small enough for Telegram's 64 bytes: a one-letter verb, the short
 * reference of the question's subject, and an argument. The question holds the real data.
 */
export type Verb =
  /** Confirm a category; `arg` is the chart code. */
  | 'c'
  /** Show every other category. */
  | 'o'
  /** Split between pro and personal. */
  | 's'
  /** Personal spending (prélèvement personnel). */
  | 'p'
  /** Run the question's action number `arg`. */
  | 'a';

export interface ButtonToken {
  readonly verb: Verb;
  readonly ref: string;
  readonly arg?: string;
  /** Slack carries the question id; Telegram finds the question by chat and ref. */
  readonly questionId?: string;
}

export interface ChatButton {
  readonly label: string;
  readonly token?: ButtonToken;
  readonly url?: string;
  readonly primary?: boolean;
}

export interface CategoryChoices {
  readonly placeholder: string;
  readonly ref: string;
  readonly options: ReadonlyArray<{ readonly label: string; readonly code: string }>;
}

/** One message as the bot will post it, buttons already bound to a stored question. */
export interface ChatMessage {
  readonly text: string;
  readonly preformatted?: boolean;
  readonly buttons: readonly ChatButton[];
  /** A pick-list (Slack select; Telegram shows it behind "Autre…"). */
  readonly choices?: CategoryChoices;
  readonly footer?: string;
  readonly questionId?: string;
  /** The bot waits for a typed answer (Telegram force_reply; Slack: answer in the thread). */
  readonly expectsText?: boolean;
}

/** The split form a Slack modal shows; Telegram asks the amount in text. */
export interface SplitForm {
  readonly questionId: string;
  readonly ref: string;
  readonly title: string;
  readonly totalCents: number;
  readonly suggestedCode: string | null;
  readonly options: ReadonlyArray<{ readonly label: string; readonly code: string }>;
  readonly labels: {
    readonly title: string;
    readonly amount: string;
    readonly category: string;
    readonly note: string;
    readonly submit: string;
    readonly cancel: string;
  };
}

export interface ChatReply {
  readonly messages: readonly ChatMessage[];
  /** What the message under the clicked button becomes. */
  readonly replaceOriginal?: ChatMessage;
  /** A short notice only the clicker sees (Telegram toast or alert, Slack ephemeral). */
  readonly notice?: { readonly text: string; readonly alert: boolean };
  readonly form?: SplitForm;
}

export const EMPTY_REPLY: ChatReply = { messages: [] };

export function say(text: string, extra: Partial<ChatMessage> = {}): ChatReply {
  return { messages: [{ text, buttons: [], ...extra }] };
}

/** A file sent in the chat, not yet downloaded. */
export interface IncomingFile {
  /** Stable across deliveries: Slack file id, Telegram `file_unique_id`. */
  readonly key: string;
  readonly name: string;
  readonly mimeType: string | null;
  readonly size: number | null;
  fetch(): Promise<Uint8Array>;
}
