import type { ConnectionOverview } from '../../../core/monitoring/freelancer-overview.ts';
import type { AccountLine } from '../../reads/freelancer-accounts.ts';
import { html, type SafeHtml } from '../../http/html.ts';
import { connectionBadge } from '../connection-badge.ts';
import { formatDateTime } from '../format.ts';

const KIND_LABELS: Record<string, string> = {
  CHECKING: 'Compte courant',
  DEFERRED_CARD: 'Carte à débit différé',
  CAISSE: 'Caisse',
  SAVINGS: 'Épargne',
  PERSONAL: 'Compte personnel',
};

export function accountsSection(
  connections: readonly ConnectionOverview[],
  accounts: readonly AccountLine[],
): SafeHtml {
  return html`<section class="card" id="comptes">
    <h2>Connexions et comptes</h2>
    ${
      connections.length === 0
        ? html`<p class="muted">Aucune connexion bancaire.</p>`
        : html`<ul class="plain">
            ${connections.map(
              (connection) =>
                html`<li>
                  ${connectionBadge(connection)}
                  <span class="muted"
                    >dernière synchro ${formatDateTime(connection.lastSyncAt)}</span
                  >
                  ${connection.lastError ? html`<br /><span class="danger-text">${connection.lastError}</span>` : ''}
                </li>`,
            )}
          </ul>`
    }
    ${
      accounts.length === 0
        ? html`<p class="muted">Aucun compte.</p>`
        : html`<table class="compact">
            <thead>
              <tr>
                <th>Compte</th>
                <th>Nature</th>
                <th>Banque</th>
                <th>Connexion</th>
              </tr>
            </thead>
            <tbody>
              ${accounts.map(
                (account) =>
                  html`<tr class="${account.active ? '' : 'inactive'}">
                    <td data-label="Compte">
                      ${account.name}${account.numberEnd ? html` <span class="muted">…${account.numberEnd}</span>` : ''}${account.active ? '' : html` <span class="badge">inactif</span>`}
                    </td>
                    <td data-label="Nature">${KIND_LABELS[account.kind] ?? account.kind}</td>
                    <td data-label="Banque">${account.bankName ?? '—'}</td>
                    <td data-label="Connexion">${account.connectionLabel ?? '—'}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}
