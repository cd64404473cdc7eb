import type {
  ConnectionOverview,
  FreelancerOverview,
} from '../../core/monitoring/freelancer-overview.ts';
import { html, pathOf, type SafeHtml } from '../http/html.ts';
import { LIST_FILTERS, type ListQuery } from '../pages/list-query.ts';
import type { WorkflowProblemsView } from '../ports/cached-workflow-problems.ts';
import type { TemporalUi } from '../ports/temporal-ui.ts';
import { connectionBadge } from './connection-badge.ts';
import { formatDateTime, plural } from './format.ts';
import { monthCell, problemsNotice, workflowCell } from './list-cells.ts';
import { layout, type PageFrame } from './layout.ts';

const FILTER_LABELS: Record<ListQuery['filtre'], string> = {
  tous: 'Tous les clients',
  attention: 'À traiter',
  connexions: 'Connexions expirées, en panne ou bientôt',
  'a-confirmer': 'Opérations à confirmer',
  pieces: 'Justificatifs ou relevé manquants',
  workflows: 'Workflows en échec ou bloqués',
};

/** The firm's freelancers, the ones who need staff first (the overview's order). */
export function freelancerListView(
  frame: PageFrame,
  input: {
    rows: readonly FreelancerOverview[];
    total: number;
    query: ListQuery;
    problems: WorkflowProblemsView;
    temporalUi: TemporalUi | null;
  },
): SafeHtml {
  const row = (overview: FreelancerOverview) => listRow(overview, input.problems, input.temporalUi);
  const content = html`<h1>Clients du cabinet</h1>
    <form method="get" action="/" class="filters" role="search">
      <label
        >Rechercher
        <input type="search" name="q" value="${input.query.q}" placeholder="Nom du client"
      /></label>
      <label
        >Afficher
        <select name="filtre">
          ${LIST_FILTERS.map(
            (filter) =>
              html`<option
                value="${filter}"
                ${filter === input.query.filtre ? html` selected` : ''}
              >
                ${FILTER_LABELS[filter]}
              </option>`,
          )}
        </select>
      </label>
      <button type="submit">Filtrer</button>
    </form>
    ${problemsNotice(input.problems)}
    <p class="muted" id="list-count">
      ${input.rows.length} sur ${plural(input.total, 'client', 'clients')}
    </p>
    ${
      input.rows.length === 0
        ? html`<p class="card">Aucun client ne correspond.</p>`
        : html`<table class="list" id="freelancers">
            <thead>
              <tr>
                <th>Client</th>
                <th>Connexions bancaires</th>
                <th>Dernière synchro</th>
                <th>Collecte du mois</th>
                <th>Workflows</th>
              </tr>
            </thead>
            <tbody>
              ${input.rows.map(row)}
            </tbody>
          </table>`
    }`;
  return layout(frame, content);
}

function listRow(
  overview: FreelancerOverview,
  problems: WorkflowProblemsView,
  ui: TemporalUi | null,
): SafeHtml {
  return html`<tr data-freelancer="${overview.freelancerId}">
    <td data-label="Client">
      <a class="name" href="${pathOf('clients', overview.freelancerId)}">${overview.displayName}</a>
    </td>
    <td data-label="Connexions">
      ${
        overview.connections.length === 0
          ? html`<span class="badge warning">Aucune connexion</span>`
          : overview.connections.map(connectionBadge)
      }
    </td>
    <td data-label="Dernière synchro">${formatDateTime(lastSync(overview.connections))}</td>
    <td data-label="Collecte du mois">${monthCell(overview)}</td>
    <td data-label="Workflows">${workflowCell(overview, problems, ui)}</td>
  </tr>`;
}

function lastSync(connections: readonly ConnectionOverview[]): string | null {
  const times = connections
    .map((connection) => connection.lastSyncAt)
    .filter((time): time is string => !!time);
  return times.sort().at(-1) ?? null;
}
