import type { MessageButton, OutgoingMessage } from '../conversation/outgoing-message.ts';
import type { FreelancerOverview } from '../monitoring/freelancer-overview.ts';

export type ReminderTopic = 'connection' | 'to_confirm' | 'receipts' | 'statement' | 'note';

export interface ReminderMessage {
  readonly message: OutgoingMessage;
  readonly topics: readonly ReminderTopic[];
}

const NEEDS_RENEWAL = new Set(['EXPIRED', 'BROKEN', 'EXPIRING', 'REVOKED']);

/**
 * What the firm reminds the freelancer of, from the same overview staff look at: connections to
 * renew, operations to confirm, receipts and statement missing, and the staff member's own words.
 */
export function reminderMessage(
  overview: FreelancerOverview,
  input: { staffName: string; note: string | null },
): ReminderMessage {
  const lines: string[] = [];
  const buttons: MessageButton[] = [];
  const topics: ReminderTopic[] = [];

  const toRenew = overview.connections.filter(
    (connection) =>
      NEEDS_RENEWAL.has(connection.state) ||
      (connection.daysToExpiry !== null && connection.daysToExpiry <= 14),
  );
  for (const connection of toRenew) {
    lines.push(
      `• Connexion « ${connection.label} » : ${connectionWords(connection.daysToExpiry, connection.state)}`,
    );
    buttons.push({
      label: `Renouveler ${connection.label}`,
      action: { kind: 'renew_connection', connectionId: connection.connectionId },
    });
  }
  if (toRenew.length > 0) topics.push('connection');
  if (overview.toConfirmCount > 0) {
    lines.push(
      `• ${plural(overview.toConfirmCount, 'opération attend', 'opérations attendent')} votre confirmation.`,
    );
    topics.push('to_confirm');
  }
  if (overview.missingReceiptsCount) {
    lines.push(
      `• ${plural(overview.missingReceiptsCount, 'justificatif manque', 'justificatifs manquent')}.`,
    );
    topics.push('receipts');
  }
  if (overview.statementReceived === false) {
    lines.push('• Le relevé bancaire du mois n’est pas encore arrivé.');
    topics.push('statement');
  }
  if (input.note) topics.push('note');

  const opening = `${input.staffName}, de votre cabinet comptable, vous relance.`;
  const body =
    lines.length > 0
      ? `Il reste à faire :\n${lines.join('\n')}`
      : 'Tout est à jour de notre côté, merci !';
  const note = input.note ? `\n\n« ${input.note} »` : '';
  return { message: { text: `${opening}\n\n${body}${note}`, buttons }, topics };
}

function connectionWords(daysToExpiry: number | null, state: string): string {
  if (state === 'BROKEN') return 'elle ne fonctionne plus, reconnectez votre banque.';
  if (state === 'REVOKED') return 'elle a été révoquée, reconnectez votre banque.';
  if (daysToExpiry === null) return 'à renouveler.';
  if (daysToExpiry < 0 || state === 'EXPIRED') return 'elle a expiré, renouvelez-la.';
  if (daysToExpiry === 0) return 'elle expire aujourd’hui.';
  return `elle expire dans ${plural(daysToExpiry, 'jour', 'jours')}.`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}
