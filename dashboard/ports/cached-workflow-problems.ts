import type { Logger } from '../../core/logging/logger.ts';
import type {
  WorkflowProblem,
  WorkflowProblemsSource,
} from '../../core/monitoring/workflow-problem.ts';

/** What the list shows of workflow problems, and how current it is. */
export interface WorkflowProblemsView {
  readonly problems: readonly WorkflowProblem[];
  /** `stale`: Temporal was slow, the previous answer is shown; `unavailable`: none yet. */
  readonly status: 'fresh' | 'stale' | 'unavailable' | 'off';
}

export type WorkflowProblemsForFirm = (firmId: string) => Promise<WorkflowProblemsView>;

interface Entry {
  problems: readonly WorkflowProblem[] | null;
  at: number;
  refreshing: Promise<readonly WorkflowProblem[]> | null;
}

/**
 * Finding workflow problems costs a visibility query plus one describe per running workflow
 * (a thousand for a firm of 500): the list page reuses an answer for `ttlMs` and never waits on
 * Temporal longer than `timeoutMs` — a slow answer lands in the cache for the next page.
 */
export function createCachedWorkflowProblems(
  source: WorkflowProblemsSource,
  options: { ttlMs: number; timeoutMs: number; logger: Logger; clock?: () => number },
): WorkflowProblemsForFirm {
  const clock = options.clock ?? Date.now;
  const entries = new Map<string, Entry>();

  const refresh = (firmId: string, entry: Entry) => {
    entry.refreshing ??= source({ firmId })
      .then((problems) => {
        entry.problems = problems;
        entry.at = clock();
        return problems;
      })
      .finally(() => {
        entry.refreshing = null;
      });
    return entry.refreshing;
  };

  return async (firmId) => {
    const entry = entries.get(firmId) ?? { problems: null, at: 0, refreshing: null };
    entries.set(firmId, entry);
    if (entry.problems && clock() - entry.at < options.ttlMs)
      return { problems: entry.problems, status: 'fresh' };

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), options.timeoutMs);
    });
    try {
      const problems = await Promise.race([refresh(firmId, entry), timeout]);
      if (problems) return { problems, status: 'fresh' };
    } catch (error) {
      options.logger.warn('dashboard could not list workflow problems', {
        firmId,
        error: String(error),
      });
    } finally {
      clearTimeout(timer);
    }
    return entry.problems
      ? { problems: entry.problems, status: 'stale' }
      : { problems: [], status: 'unavailable' };
  };
}
