/**
 * Runs `work` again when PostgreSQL chose it as a deadlock victim or could not serialise it:
 * two confirmations of the same counterparty at once update the same sibling rows
 * (confirmCategory). Anything else is thrown at once.
 */
export async function retryTransient<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      await new Promise((resolve) =>
        setTimeout(resolve, 20 * attempt + Math.floor(Math.random() * 20)),
      );
    }
  }
}

export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : '';
  return code === 'P2034' || /deadlock detected|could not serialize access/i.test(text);
}
