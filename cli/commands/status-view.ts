import { formatFrenchDate, parisDateOf } from '../../core/dates/calendar-date.ts';
import type { CollectionOverview } from '../../core/monitoring/collection-overview.ts';
import type {
  ConnectionOverview,
  FreelancerOverview,
} from '../../core/monitoring/freelancer-overview.ts';
import type {
  WorkflowProblem,
  WorkflowProblemKind,
} from '../../core/monitoring/workflow-problem.ts';

const PROBLEM_WORDS: Record<WorkflowProblemKind, string> = {
  FAILED: 'en échec',
  TIMED_OUT: 'expiré',
  TERMINATED: 'arrêté',
  STUCK: 'bloqué',
};

/**
 * `pointage status`: a header, then one line per freelancer (most urgent first) with her bank
 * connections and days to consent expiry, the month being collected, and her workflows stuck
 * or failing. `workflowsError` says why workflows could not be looked at.
 */
export function renderStatus(input: {
  overviews: readonly FreelancerOverview[];
  now: Date;
  firmId?: string;
  /** Problems of workflows tied to no freelancer listed (a digest, someone removed). */
  otherProblems: readonly WorkflowProblem[];
  workflowsError: string | null;
}): string {
  const scope = input.firmId ? `cabinet ${input.firmId}` : 'tous les cabinets';
  const count = input.overviews.length;
  const lines = [
    `Pointage — ${count} indépendant${count > 1 ? 's' : ''}, ${scope}, le ` +
      formatFrenchDate(parisDateOf(input.now)),
  ];
  if (input.workflowsError) lines.push(`(workflows non consultés : ${input.workflowsError})`);
  for (const overview of input.overviews) {
    lines.push(
      [
        `${overview.freelancerId} (${overview.displayName})`,
        connectionsText(overview.connections),
        collectionText(overview.collection),
        `à confirmer : ${overview.toConfirmCount}`,
        input.workflowsError ? 'workflows : ?' : problemsText(overview.workflowProblems),
      ].join(' | '),
    );
  }
  if (input.otherProblems.length > 0) lines.push(`autres ${problemsText(input.otherProblems)}`);
  return lines.join('\n');
}

function connectionsText(connections: readonly ConnectionOverview[]): string {
  if (connections.length === 0) return 'banque : aucune connexion';
  const parts = connections.map((connection) => {
    const days = connection.daysToExpiry;
    const expiry = days === null ? '' : days >= 0 ? ` J-${days}` : ` expirée depuis ${-days} j`;
    return `${connection.label} ${connection.state}${expiry}`;
  });
  return `banque : ${parts.join(', ')}`;
}

function collectionText(collection: CollectionOverview | null): string {
  if (!collection) return 'mois : pas encore collecté';
  const missing = collection.statementsMissing + collection.receiptsMissing;
  const detail =
    missing === 0
      ? 'complet'
      : `${collection.statementsMissing} relevé(s), ` +
        `${collection.receiptsMissing} justificatif(s) manquent`;
  return `mois ${collection.month} : ${collection.state} (${detail})`;
}

function problemsText(problems: readonly WorkflowProblem[]): string {
  if (problems.length === 0) return 'workflows : OK';
  const parts = problems.map(
    (problem) => `${problem.workflowId} ${PROBLEM_WORDS[problem.problem]}`,
  );
  return `workflows : ${parts.join(', ')}`;
}
