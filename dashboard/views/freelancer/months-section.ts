import { html, pathOf, type SafeHtml } from '../../http/html.ts';
import type { MonthStatus, MonthSummary } from '../../ports/dashboard-ports.ts';
import { formatDateTime, monthLabel } from '../format.ts';
import { csrfField } from '../layout.ts';

const STATUS_LABELS: Record<MonthStatus, string> = {
  open: 'Pas encore collecté',
  collecting: 'Collecte en cours',
  escalated: 'Signalé au cabinet',
  paused: 'Collecte en pause',
  complete: 'Complet',
  closed: 'Clôturé',
};

const MONTH_TONES: Record<MonthStatus, string> = {
  open: '',
  collecting: 'warning',
  escalated: 'danger',
  paused: 'warning',
  complete: 'ok',
  closed: 'ok',
};

export function monthsSection(input: {
  freelancerId: string;
  months: readonly MonthSummary[] | null;
  /** The month under way is not closed from here: the collection starts when it ends. */
  currentMonth: string;
  csrfToken: string;
}): SafeHtml {
  return html`<section class="card" id="mois">
    <h2>Mois</h2>
    ${
      input.months === null
        ? html`<p class="muted">État des mois non disponible.</p>`
        : html`<table class="compact">
            <thead>
              <tr>
                <th>Mois</th>
                <th>État</th>
                <th>Opérations</th>
                <th>À confirmer</th>
                <th>Relevé</th>
                <th>Justificatifs manquants</th>
                <th>Relances</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              ${input.months.map((month) => monthRow(input, month))}
            </tbody>
          </table>`
    }
  </section>`;
}

function monthRow(
  input: { freelancerId: string; currentMonth: string; csrfToken: string },
  month: MonthSummary,
): SafeHtml {
  const { freelancerId, csrfToken } = input;
  const statement =
    month.statementReceived === null ? '?' : month.statementReceived ? 'reçu' : 'manquant';
  return html`<tr data-month="${month.month}">
    <td data-label="Mois">
      <a href="${pathOf('clients', freelancerId)}?mois=${month.month}#operations"
        >${monthLabel(month.month)}</a
      >
    </td>
    <td data-label="État">
      <span class="badge ${MONTH_TONES[month.status]}">${STATUS_LABELS[month.status]}</span
      >${month.closedAt ? html` <span class="muted">le ${formatDateTime(month.closedAt)}</span>` : ''}
    </td>
    <td data-label="Opérations">${month.transactionCount}</td>
    <td data-label="À confirmer" class="${month.toConfirmCount > 0 ? 'warning-text' : ''}">
      ${month.toConfirmCount}
    </td>
    <td data-label="Relevé">${statement}</td>
    <td data-label="Justificatifs manquants">${month.missingReceiptsCount ?? '?'}</td>
    <td data-label="Relances">${month.remindersSent ?? '—'}</td>
    <td>
      ${
        month.status === 'closed' || month.month >= input.currentMonth
          ? ''
          : html`<form
              method="post"
              action="${pathOf('clients', freelancerId, 'mois', month.month, 'cloture')}"
              class="inline"
            >
              ${csrfField(csrfToken)}<button type="submit" class="secondary">Clôturer</button>
            </form>`
      }
    </td>
  </tr>`;
}
