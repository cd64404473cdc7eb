import type { ChatChannel } from '../../core/conversation/chat-types.ts';
import type { Notifier } from '../../core/notifications/notifier.ts';

/** What the person sees after an action, whatever the platform. */
export interface Seen {
  readonly kind: 'message' | 'edit' | 'notice' | 'alert' | 'form' | 'form_error';
  readonly text: string;
  /** Button labels, and the options of a pick-list. */
  readonly buttons: readonly string[];
}

export interface SentFile {
  readonly name: string;
  readonly mime: string;
  /** Absent for a file only announced (too large to be fetched). */
  readonly bytes?: Uint8Array;
  readonly size?: number;
  /** Telegram: sent as a photo (several sizes) rather than a document. */
  readonly asPhoto?: boolean;
}

/**
 * One person talking to the bot through the real transport and a stand-in of the platform.
 * Each action returns what the person sees as a result.
 */
export interface ChatDriver {
  readonly channel: ChatChannel;
  /** The front's notifier, as the workflows use it. */
  readonly notifier: Notifier;
  say(text: string): Promise<Seen[]>;
  /** Answers the bot's latest message that waits for a typed reply. */
  answer(text: string): Promise<Seen[]>;
  /** Clicks the button (or pick-list option) matching `label` on the latest message showing it. */
  click(label: RegExp, options?: { by?: 'holder' | 'other' }): Promise<Seen[]>;
  sendFile(file: SentFile, caption?: string): Promise<Seen[]>;
  /** Sends again the file sent before (Slack: the same upload announced twice). */
  resendLastFile(): Promise<Seen[]>;
  editLast(text: string): Promise<Seen[]>;
  /** Gives the pro part of a split: the Slack form, or the typed answer in Telegram. */
  split(amount: string): Promise<Seen[]>;
  /** How many file downloads (Telegram getFile, Slack url_private) the stand-in has served. */
  fileFetches(): number;
  /** The holder writes in the shared channel or group (Slack: mentioning the bot). */
  sayInGroup(text: string): Promise<Seen[]>;
  /** The other person (not linked) writes in a group where the bot is. */
  strangerSays(text: string): Promise<Seen[]>;
  stop(): Promise<void>;
}

/** Everything seen as one text, no-break spaces as plain spaces, for assertions. */
export function texts(seen: readonly Seen[]): string {
  return seen
    .map(
      (item) =>
        `[${item.kind}] ${item.text} ${item.buttons.map((button) => `{${button}}`).join(' ')}`,
    )
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ');
}
