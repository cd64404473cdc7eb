/** Runs a task when a slot is free. */
export type WorkQueue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * The work done after an acknowledgement, at most `limit` tasks at a time in arrival order.
 * Database work is CPU-bound here (the Prisma client compiles queries in-process): without a
 * limit, fifty clicks at once would delay the acknowledgement of the fiftieth by the work of
 * the forty-nine others.
 */
export function createWorkQueue(limit = 4): WorkQueue {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
