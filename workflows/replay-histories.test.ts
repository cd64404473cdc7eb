import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../core/logging/logger.ts';
import { HISTORIES_DIR, readHistoryFixture } from '../test/support/record-history.ts';
import { installTemporalLogging } from './runtime/temporal-logging.ts';

const require = createRequire(import.meta.url);

// Histories recorded from the workflow tests (POINTAGE_RECORD_HISTORIES=1 npx vitest run …),
// replayed against the workflow code of today: a change that breaks determinism fails here.
describe('recorded workflow histories', () => {
  it('replay against the current workflow code without a determinism error', async () => {
    installTemporalLogging(silentLogger, 'warn');
    const files = readdirSync(HISTORIES_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    const fixtures = files.map((name) => {
      const fixture = readHistoryFixture(readFileSync(path.join(HISTORIES_DIR, name), 'utf8'));
      return { workflowId: `${name}:${fixture.workflowId}`, history: fixture.history };
    });

    const failures: string[] = [];
    const results = Worker.runReplayHistories(
      { workflowsPath: require.resolve('./workflows.ts') },
      fixtures,
    );
    for await (const result of results) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
  });
});
