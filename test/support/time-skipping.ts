import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SearchAttributeType } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { POINTAGE_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes.ts';
import { PROJECT_ROOT } from '../fixtures.ts';

/** The time-skipping test server: `bin/setup.sh` with POINTAGE_WITH_TEST_SERVER=1, or PATH. */
export function findTestServer(): string {
  const local = path.join(
    PROJECT_ROOT,
    '.pointage/tools/temporal-test-server/bin/temporal-test-server',
  );
  if (existsSync(local)) return local;
  const which = spawnSync('sh', ['-c', 'command -v temporal-test-server'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  if (which.status === 0 && found) return found;
  throw new Error(
    'temporal-test-server not found: run `POINTAGE_WITH_TEST_SERVER=1 bash bin/setup.sh`.',
  );
}

// temporal.api.enums.v1.IndexedValueType, as the operator service expects it.
const INDEXED_VALUE_TYPES: Record<SearchAttributeType, number> = {
  TEXT: 1,
  KEYWORD: 2,
  INT: 3,
  DOUBLE: 4,
  BOOL: 5,
  DATETIME: 6,
  KEYWORD_LIST: 7,
};

/**
 * A time-skipping Temporal server of its own with Pointage's search attributes registered
 * (the test server knows none until told, and rejects workflows upserting them).
 */
export async function startTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: findTestServer() } },
  });
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      POINTAGE_SEARCH_ATTRIBUTES.map((key) => [key.name, INDEXED_VALUE_TYPES[key.type]]),
    ),
  });
  return env;
}

/** Polls `probe` until it returns a value (not undefined) or the time is up. */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
