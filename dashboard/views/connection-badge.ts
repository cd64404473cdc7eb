import type { ConnectionOverview } from '../../core/monitoring/freelancer-overview.ts';
import { html, type SafeHtml } from '../http/html.ts';
import { connectionStateLabel, connectionTone, daysToExpiryLabel } from './format.ts';

/** One bank connection: its label, state and consent end, coloured by urgency. */
export function connectionBadge(connection: ConnectionOverview): SafeHtml {
  const tone = connectionTone(connection.state, connection.daysToExpiry);
  const expiry =
    connection.provider === 'FILE' ? 'relevés déposés' : daysToExpiryLabel(connection.daysToExpiry);
  return html`<span class="badge ${tone}" title="${connection.lastError ?? ''}"
    >${connection.label} · ${connectionStateLabel(connection.state)} · ${expiry}</span
  >`;
}
