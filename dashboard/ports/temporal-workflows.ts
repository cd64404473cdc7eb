import type { Client } from '@temporalio/client';
import type { Logger } from '../../core/logging/logger.ts';
import { visibilityLiteral } from '../../workflows/client/visibility-query.ts';
import { listWorkflowProblems } from '../../workflows/client/workflow-problems.ts';
import { FREELANCER_ID, WORKFLOW_KIND } from '../../workflows/search-attributes.ts';
import type { WorkflowsPort, WorkflowSummary } from './dashboard-ports.ts';
import { temporalWorkflowUrl, type TemporalUi } from './temporal-ui.ts';

// A page never waits on Temporal longer than this; the section says Temporal did not answer.
const TEMPORAL_TIMEOUT_MS = 3_000;
const SHOWN = 20;

/**
 * A freelancer's workflows, found by the PointageFreelancerId search attribute every workflow
 * upserts, with the problems workflows/client/workflow-problems.ts finds (failed, stuck).
 */
export function createTemporalWorkflows(input: {
  client: Client;
  ui: TemporalUi | null;
  logger: Logger;
}): WorkflowsPort {
  const list = async (freelancerId: string): Promise<WorkflowSummary[]> => {
    const query = `${FREELANCER_ID.name} = ${visibilityLiteral(freelancerId)}`;
    const [problems, infos] = await Promise.all([
      listWorkflowProblems(input.client, { freelancerId }),
      (async () => {
        const found = [];
        for await (const info of input.client.workflow.list({ query, pageSize: SHOWN })) {
          found.push(info);
          if (found.length >= SHOWN) break;
        }
        return found;
      })(),
    ]);
    const problemOf = new Map(problems.map((problem) => [problem.workflowId, problem]));
    return infos.map((info) => {
      const problem = problemOf.get(info.workflowId);
      return {
        workflowId: info.workflowId,
        type: info.typedSearchAttributes.get(WORKFLOW_KIND) ?? info.type,
        status: info.status.name,
        startedAt: info.startTime,
        problem: problem ? (problem.detail ?? problem.problem) : null,
        url: temporalWorkflowUrl(input.ui, info.workflowId),
      };
    });
  };

  return {
    async listForFreelancer({ freelancerId }) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('Temporal did not answer in time')),
          TEMPORAL_TIMEOUT_MS,
        );
      });
      try {
        return await Promise.race([list(freelancerId), timeout]);
      } catch (error) {
        input.logger.warn('dashboard could not list workflows', {
          freelancerId,
          error: String(error),
        });
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
