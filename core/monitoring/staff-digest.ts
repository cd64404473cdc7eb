import { frenchMonthLabel } from '../dates/french-month.ts';
import { formatFrenchDate, type CalendarDate } from '../dates/calendar-date.ts';
import type { OutgoingMessage } from '../conversation/outgoing-message.ts';
import type { FreelancerOverview } from './freelancer-overview.ts';
import type { WorkflowProblem, WorkflowProblemKind } from './workflow-problem.ts';

export interface StaffDigest {
  /** Freelancers with something for staff to do. */
  readonly count: number;
  readonly chat: OutgoingMessage;
  readonly subject: string;
  readonly text: string;
}

const CONNECTION_WORDS: Record<string, string> = {
  BROKEN: 'en erreur',
  EXPIRED: 'expirée',
  REVOKED: 'révoquée',
  PENDING_AUTH: "en attente d'autorisation",
};
const PROBLEM_WORDS: Record<WorkflowProblemKind, string> = {
  FAILED: 'en échec',
  TIMED_OUT: 'expiré',
  TERMINATED: 'arrêté',
  STUCK: 'bloqué',
};
const EXPIRY_WARNING_DAYS = 7;

/**
 * What needs the staff's attention today, from the overview they also see in the dashboard:
 * bank links broken or about to expire, months escalated, workflows failing. Null when there is
 * nothing to say (no digest is sent then).
 */
export function buildStaffDigest(input: {
  firmName: string;
  day: CalendarDate;
  overviews: readonly FreelancerOverview[];
  /** Problems of workflows tied to no freelancer (the digest itself, a firm-wide job). */
  firmProblems?: readonly WorkflowProblem[];
}): StaffDigest | null {
  const blocks: string[] = [];
  for (const overview of input.overviews) {
    const lines = attentionLines(overview);
    if (lines.length === 0) continue;
    blocks.push(block(overview.displayName, lines));
  }
  const firmLines = (input.firmProblems ?? []).map(problemLine);
  if (firmLines.length > 0) {
    blocks.push(block('Cabinet', firmLines));
  }
  if (blocks.length === 0) return null;

  const day = formatFrenchDate(input.day);
  const files = `${blocks.length} dossier${blocks.length > 1 ? 's' : ''}`;
  const title = `${input.firmName} — ${files} à traiter le ${day}`;
  const body = blocks.join('\n');
  return {
    count: blocks.length,
    chat: { text: `${title}\n\n${body}` },
    subject: `Pointage — ${files} à traiter le ${day}`,
    text: [
      'Bonjour,',
      '',
      `Voici ce qui demande votre attention aujourd'hui (${input.firmName}) :`,
      '',
      body,
      '',
      'Le détail de chaque dossier est dans le tableau de bord Pointage.',
    ].join('\n'),
  };
}

/** One line per thing to do for this freelancer; empty when all is well. */
export function attentionLines(overview: FreelancerOverview): string[] {
  const lines: string[] = [];
  for (const connection of overview.connections) {
    const state = CONNECTION_WORDS[connection.state];
    if (state) lines.push(`connexion « ${connection.label} » ${state}`);
    else if (connection.daysToExpiry !== null && connection.daysToExpiry <= EXPIRY_WARNING_DAYS) {
      lines.push(
        `connexion « ${connection.label} » : le consentement expire ` +
          `dans ${days(connection.daysToExpiry)}`,
      );
    }
  }

  const collection = overview.collection;
  if (collection?.state === 'ESCALATED') {
    lines.push(
      `${frenchMonthLabel(collection.month)} incomplet : ` +
        `${collection.statementsMissing} relevé(s) et ` +
        `${collection.receiptsMissing} justificatif(s) manquent malgré ` +
        `${collection.remindersSent} relance(s)`,
    );
  }
  lines.push(...overview.workflowProblems.map(problemLine));
  return lines;
}

function problemLine(problem: WorkflowProblem): string {
  const detail = problem.detail ? ` — ${problem.detail}` : '';
  return `workflow ${problem.workflowId} ${PROBLEM_WORDS[problem.problem]}${detail}`;
}

function block(title: string, lines: readonly string[]): string {
  return [`• ${title}`, ...lines.map((line) => `   ◦ ${line}`)].join('\n');
}

function days(count: number): string {
  if (count <= 0) return "aujourd'hui";
  return count === 1 ? '1 jour' : `${count} jours`;
}
