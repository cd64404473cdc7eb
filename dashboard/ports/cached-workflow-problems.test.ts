import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/logging/logger.ts';
import type { WorkflowProblem } from '../../core/monitoring/workflow-problem.ts';
import { createCachedWorkflowProblems } from './cached-workflow-problems.ts';

const problem: WorkflowProblem = {
  workflowId: 'receipts-fl-zoe-2026-10',
  kind: 'monthly-collection',
  freelancerId: 'fl-zoe',
  firmId: 'cabinet-a',
  problem: 'STUCK',
  detail: 'sendCollectionNotice échoue (essai 4)',
  since: null,
};

describe('workflow problems for the list', () => {
  it('answers from the cache within its lifetime', async () => {
    let calls = 0;
    let now = 0;
    const problemsFor = createCachedWorkflowProblems(
      async () => {
        calls += 1;
        return [problem];
      },
      { ttlMs: 60_000, timeoutMs: 1_000, logger: silentLogger, clock: () => now },
    );
    expect(await problemsFor('cabinet-a')).toEqual({ problems: [problem], status: 'fresh' });
    now = 30_000;
    await problemsFor('cabinet-a');
    expect(calls).toBe(1);
    now = 61_000;
    await problemsFor('cabinet-a');
    expect(calls).toBe(2);
  });

  it('does not wait for a slow Temporal: nothing the first time, the late answer the next', async () => {
    let release: (problems: WorkflowProblem[]) => void = () => undefined;
    const problemsFor = createCachedWorkflowProblems(
      () => new Promise<WorkflowProblem[]>((resolve) => (release = resolve)),
      { ttlMs: 60_000, timeoutMs: 20, logger: silentLogger },
    );
    expect(await problemsFor('cabinet-a')).toEqual({ problems: [], status: 'unavailable' });
    release([problem]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await problemsFor('cabinet-a')).toEqual({ problems: [problem], status: 'fresh' });
  });

  it('keeps the last answer when Temporal fails', async () => {
    let now = 0;
    let fail = false;
    const problemsFor = createCachedWorkflowProblems(
      async () => {
        if (fail) throw new Error('unavailable');
        return [problem];
      },
      { ttlMs: 1_000, timeoutMs: 100, logger: silentLogger, clock: () => now },
    );
    await problemsFor('cabinet-a');
    fail = true;
    now = 5_000;
    expect(await problemsFor('cabinet-a')).toEqual({ problems: [problem], status: 'stale' });
  });
});
