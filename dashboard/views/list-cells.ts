import type { FreelancerOverview } from '../../core/monitoring/freelancer-overview.ts';
import type { WorkflowProblem } from '../../core/monitoring/workflow-problem.ts';
import { html, type SafeHtml } from '../http/html.ts';
import type { WorkflowProblemsView } from '../ports/cached-workflow-problems.ts';
import { temporalWorkflowUrl, type TemporalUi } from '../ports/temporal-ui.ts';
import { collectionStateLabel, monthLabel, plural, workflowKindLabel } from './format.ts';

/** The month column: the latest collected month (statement, receipts) and rows to confirm. */
export function monthCell(overview: FreelancerOverview): SafeHtml {
  const collection = overview.collection;
  const toConfirm = html`<li class="${overview.toConfirmCount > 0 ? 'warning' : ''}">
    ${plural(overview.toConfirmCount, 'à confirmer', 'à confirmer')}
  </li>`;
  if (!collection) {
    return html`<ul class="facts">
      <li class="muted">pas encore de collecte</li>
      ${toConfirm}
    </ul>`;
  }
  const done = collection.state === 'COMPLETE' || collection.state === 'CLOSED';
  return html`<ul class="facts">
    <li>
      <strong>${monthLabel(collection.month)}</strong> ·
      <span class="badge ${collection.state === 'ESCALATED' ? 'danger' : done ? 'ok' : 'warning'}"
        >${collectionStateLabel(collection.state)}</span
      >
    </li>
    <li class="${collection.statementsMissing > 0 ? 'warning' : ''}">
      ${collection.statementsMissing > 0 ? plural(collection.statementsMissing, 'relevé manquant', 'relevés manquants') : 'relevés reçus'}
    </li>
    <li class="${collection.receiptsMissing > 0 ? 'warning' : ''}">
      ${plural(collection.receiptsMissing, 'justificatif manquant', 'justificatifs manquants')}
    </li>
    ${toConfirm}
  </ul>`;
}

const PROBLEM_LABELS: Record<WorkflowProblem['problem'], string> = {
  FAILED: 'en échec',
  TIMED_OUT: 'expiré',
  TERMINATED: 'arrêté',
  STUCK: 'bloqué',
};

/** The workflows column: failing or stuck workflows, linked to the Temporal UI when known. */
export function workflowCell(
  overview: FreelancerOverview,
  view: WorkflowProblemsView,
  ui: TemporalUi | null,
): SafeHtml {
  if (overview.workflowProblems.length === 0) {
    switch (view.status) {
      case 'off':
        return html`<span class="muted">—</span>`;
      case 'unavailable':
        return html`<span class="muted">?</span>`;
      case 'fresh':
      case 'stale':
        return html`<span class="muted">aucun problème</span>`;
    }
  }
  return html`<ul class="facts">
    ${overview.workflowProblems.map((problem) => {
      const url = temporalWorkflowUrl(ui, problem.workflowId);
      const label = `${workflowKindLabel(problem.kind)} ${PROBLEM_LABELS[problem.problem]}`;
      return html`<li>
        <span class="badge danger" title="${problem.detail ?? ''}"
          >${url ? html`<a href="${url}" target="_blank" rel="noopener">${label}</a>` : label}</span
        >
      </li>`;
    })}
  </ul>`;
}

/** A line above the list when Temporal could not be asked. */
export function problemsNotice(view: WorkflowProblemsView): SafeHtml {
  switch (view.status) {
    case 'unavailable':
      return html`<p class="notice warning">
        Temporal ne répond pas : l'état des workflows n'est pas affiché.
      </p>`;
    case 'stale':
      return html`<p class="muted">
        État des workflows : dernière réponse de Temporal, la suivante est en cours.
      </p>`;
    case 'fresh':
    case 'off':
      return html``;
  }
}
