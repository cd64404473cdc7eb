import type { Context, MiddlewareFn } from 'telegraf';

/**
 * Updates of one chat are handled one after the other, in the order received (the polling loop
 * hands a batch over at once): `/start` links the chat before the file that follows is read.
 * Different chats still run side by side.
 */
export function perChatQueue(): MiddlewareFn<Context> {
  const tails = new Map<string, Promise<void>>();
  return async (ctx, next) => {
    const key = String(ctx.chat?.id ?? ctx.from?.id ?? 'none');
    const previous = tails.get(key) ?? Promise.resolve();
    const current = previous.then(() => next());
    const tail = current.catch(() => undefined);
    tails.set(key, tail);
    try {
      await current;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
