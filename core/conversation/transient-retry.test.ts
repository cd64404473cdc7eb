import { describe, expect, test } from 'vitest';
import { retryTransient } from './transient-retry.ts';

describe('retrying a deadlock victim', () => {
  test('a deadlock is retried, another error is not', async () => {
    let calls = 0;
    const value = await retryTransient(async () => {
      calls += 1;
      if (calls < 3) throw new Error('DriverAdapterError: deadlock detected');
      return 'done';
    });
    expect([value, calls]).toEqual(['done', 3]);

    let failures = 0;
    await expect(
      retryTransient(async () => {
        failures += 1;
        throw new Error('unknown category');
      }),
    ).rejects.toThrow('unknown category');
    expect(failures).toBe(1);
  });
});
