import { html, type SafeHtml } from '../../http/html.ts';
import type { WorkflowSummary } from '../../ports/dashboard-ports.ts';
import type { ReminderLine } from '../../reads/reminders-sent.ts';
import { channelsLabel, formatDateTime, workflowKindLabel } from '../format.ts';

const NOTICE_LABELS: Record<string, string> = {
  relance: 'Relance du cabinet',
  'connection-reminder': 'Rappel : connexion bancaire à renouveler',
  'connection-ended': 'Avis : connexion bancaire terminée',
  'collection-ask': 'Demande des pièces du mois',
  'collection-reminder': 'Relance des pièces du mois',
  'collection-escalation': 'Signalement au cabinet',
  'collection-complete': 'Mois complet',
  'collection-closed': 'Mois clôturé',
};

const CHANNEL_WORDS: Record<string, string> = {
  chat: 'messagerie',
  email: 'e-mail',
  'staff-chat': 'canal du cabinet',
};

export function remindersSection(
  reminders: readonly ReminderLine[],
  staffNames: ReadonlyMap<string, string>,
): SafeHtml {
  return html`<section class="card" id="relances">
    <h2>Relances envoyées</h2>
    ${
      reminders.length === 0
        ? html`<p class="muted">Aucune relance envoyée.</p>`
        : html`<ul class="plain">
            ${reminders.map(
              (reminder) =>
                html`<li>
                  ${formatDateTime(reminder.at)} —
                  ${NOTICE_LABELS[reminder.kind] ?? reminder.kind}${reminder.staffId ? html` par ${staffNames.get(reminder.staffId) ?? 'un collaborateur'}` : ''}
                  ·
                  <span class="muted"
                    >${reminder.origin === 'staff' ? channelsLabel(reminder.channels) : reminder.channels.map((channel) => CHANNEL_WORDS[channel] ?? channel).join(', ')}</span
                  >
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

export type WorkflowsState =
  | { readonly kind: 'listed'; readonly workflows: readonly WorkflowSummary[] }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'failed' };

const STATUS_LABELS: Record<string, string> = {
  RUNNING: 'en cours',
  COMPLETED: 'terminé',
  FAILED: 'en échec',
  TIMED_OUT: 'expiré',
  TERMINATED: 'arrêté',
  CANCELLED: 'annulé',
  CONTINUED_AS_NEW: 'relancé',
};

export function workflowsSection(state: WorkflowsState): SafeHtml {
  return html`<section class="card" id="workflows">
    <h2>Workflows</h2>
    ${workflowsContent(state)}
  </section>`;
}

function workflowsContent(state: WorkflowsState): SafeHtml {
  switch (state.kind) {
    case 'unavailable':
      return html`<p class="muted">Temporal n'est pas relié à ce tableau de bord.</p>`;
    case 'failed':
      return html`<p class="warning-text">Temporal ne répond pas pour le moment.</p>`;
    case 'listed':
      if (state.workflows.length === 0) return html`<p class="muted">Aucun workflow.</p>`;
      return html`<ul class="plain">
        ${state.workflows.map(
          (workflow) =>
            html`<li>
              <span
                class="badge ${workflow.problem || ['FAILED', 'TIMED_OUT', 'TERMINATED'].includes(workflow.status) ? 'danger' : 'ok'}"
                >${STATUS_LABELS[workflow.status] ?? workflow.status}</span
              >
              ${workflow.url ? html`<a href="${workflow.url}" target="_blank" rel="noopener">${workflow.workflowId}</a>` : workflow.workflowId}
              <span class="muted"
                >${workflowKindLabel(workflow.type)}, depuis
                ${formatDateTime(workflow.startedAt)}</span
              >
              ${workflow.problem ? html`<br /><span class="danger-text">${workflow.problem}</span>` : ''}
            </li>`,
        )}
      </ul>`;
  }
}
