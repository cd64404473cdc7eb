import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { AppConfig } from '../../core/config/env.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { freelancerOverviews } from '../../core/monitoring/freelancer-overview.ts';
import type { WorkflowProblem } from '../../core/monitoring/workflow-problem.ts';
import { listWorkflowProblems } from '../../workflows/client/workflow-problems.ts';
import {
  findTemporalCli,
  startTemporalDevServer,
} from '../../workflows/runtime/temporal-dev-server.ts';
import { POINTAGE_SEARCH_ATTRIBUTE_FLAGS } from '../../workflows/search-attributes.ts';
import { CliError } from '../cli-error.ts';
import { openDatabase } from '../runtime.ts';
import { renderStatus } from './status-view.ts';

/** Where workflow problems come from; null when Temporal cannot be reached (said in the output). */
export type ProblemsLookup = (filter: { firmId?: string }) => Promise<WorkflowProblem[]>;

/** The status as text, from a database and a way to list workflow problems (tests give theirs). */
export async function buildStatus(
  db: Database,
  lookup: ProblemsLookup,
  args: { firm?: string; now: Date },
): Promise<string> {
  if (args.firm && !(await db.firm.findUnique({ where: { id: args.firm } }))) {
    throw new CliError(
      `no firm "${args.firm}": check the id (pointage staff add --firm-name creates one)`,
    );
  }
  const filter = args.firm ? { firmId: args.firm } : {};
  let problems: WorkflowProblem[] = [];
  let workflowsError: string | null = null;
  try {
    problems = await lookup(filter);
  } catch (error) {
    workflowsError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
  const overviews = await freelancerOverviews(db, {
    ...filter,
    now: args.now,
    workflowProblems: problems,
  });
  const listed = new Set(overviews.map((overview) => overview.freelancerId));
  return renderStatus({
    overviews,
    now: args.now,
    ...(args.firm ? { firmId: args.firm } : {}),
    otherProblems: problems.filter((problem) => !listed.has(problem.freelancerId ?? '')),
    workflowsError,
  });
}

/** `pointage status [--firm X]`: one line per freelancer, most urgent first. */
export async function statusCommand(
  config: AppConfig,
  logger: Logger,
  args: { firm?: string },
): Promise<string> {
  const database = await openDatabase(config, logger);
  const stops: Array<() => Promise<void>> = [() => database.close()];
  try {
    const lookup: ProblemsLookup = async (filter) => {
      const client = await connectTemporal(config, logger, stops);
      return listWorkflowProblems(client, filter);
    };
    return await buildStatus(database.db, lookup, { ...args, now: new Date() });
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

/** TEMPORAL_ADDRESS, or the local dev server whose SQLite file keeps the workflows. */
async function connectTemporal(
  config: AppConfig,
  logger: Logger,
  stops: Array<() => Promise<void>>,
): Promise<Client> {
  let address = config.TEMPORAL_ADDRESS;
  if (!address) {
    const server = await startTemporalDevServer({
      cli: findTemporalCli(config.dataDir, config.TEMPORAL_CLI),
      dbFile: path.join(config.dataDir, 'temporal.sqlite'),
      logger,
      searchAttributes: POINTAGE_SEARCH_ATTRIBUTE_FLAGS,
    });
    stops.push(() => server.stop());
    address = server.address;
  }
  const connection = await Connection.connect({ address, connectTimeout: 5_000 });
  stops.push(() => connection.close());
  return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
}
