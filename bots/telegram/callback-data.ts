import { z } from 'zod';
import { categoryCodeFromKey, categoryShortKey } from '../../core/conversation/category-keys.ts';
import type { ButtonToken } from '../../core/conversation/chat-types.ts';

/** Telegram refuses an inline button whose callback data is over 64 bytes. */
export const MAX_CALLBACK_BYTES = 64;

export class CallbackDataTooLongError extends Error {
  readonly code = 'CALLBACK_DATA_TOO_LONG';
  constructor(readonly data: string) {
    super(
      `callback data "${data}" is ${Buffer.byteLength(data)} bytes, ` +
        `over Telegram's ${MAX_CALLBACK_BYTES}`,
    );
  }
}

/** `c:V4821261022035:fou`: verb, the subject's short reference, an argument. */
export function encodeCallbackData(token: ButtonToken): string {
  const arg = token.verb === 'c' && token.arg ? categoryShortKey(token.arg) : token.arg;
  const data = arg ? `${token.verb}:${token.ref}:${arg}` : `${token.verb}:${token.ref}`;
  if (Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_BYTES)
    throw new CallbackDataTooLongError(data);
  return data;
}

const callbackData = z
  .string()
  .max(MAX_CALLBACK_BYTES)
  .regex(/^[cospa]:[A-Za-z0-9_.-]{1,48}(:[A-Za-z0-9_]{1,40})?$/);

/** The token a click carries, or null for data this bot never wrote. */
export function decodeCallbackData(data: string | undefined): ButtonToken | null {
  const parsed = callbackData.safeParse(data);
  if (!parsed.success) return null;
  const [verb, ref, arg] = parsed.data.split(':') as [
    ButtonToken['verb'],
    string,
    string | undefined,
  ];
  if (!arg) return { verb, ref };
  return { verb, ref, arg: verb === 'c' ? (categoryCodeFromKey(arg) ?? arg) : arg };
}
