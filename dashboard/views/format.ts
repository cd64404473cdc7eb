import { frenchMonthLabel } from '../../core/dates/french-month.ts';
import { formatFrenchDate, PARIS, type CalendarDate } from '../../core/dates/calendar-date.ts';

/** Labels and formats for people, in French. Everything shown on a page goes through here. */

const STATE_LABELS: Record<string, string> = {
  PENDING_AUTH: 'En attente de connexion',
  ACTIVE: 'Active',
  EXPIRING: 'Expire bientôt',
  EXPIRED: 'Expirée',
  BROKEN: 'En panne',
  REVOKED: 'Révoquée',
};

export function connectionStateLabel(state: string): string {
  return STATE_LABELS[state] ?? state;
}

/** Severity class for a connection: `danger`, `warning` or `ok`. */
export function connectionTone(
  state: string,
  daysToExpiry: number | null,
): 'danger' | 'warning' | 'ok' {
  if (state === 'BROKEN' || state === 'EXPIRED' || state === 'REVOKED') return 'danger';
  if (daysToExpiry !== null && daysToExpiry < 0) return 'danger';
  if (state === 'EXPIRING' || state === 'PENDING_AUTH') return 'warning';
  if (daysToExpiry !== null && daysToExpiry <= 14) return 'warning';
  return 'ok';
}

export function daysToExpiryLabel(days: number | null): string {
  if (days === null) return 'sans échéance';
  if (days < 0) return `expirée depuis ${days === -1 ? '1 jour' : `${-days} jours`}`;
  if (days === 0) return "expire aujourd'hui";
  return `expire dans ${days === 1 ? '1 jour' : `${days} jours`}`;
}

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** `04/12/2026 17:25`, Paris time. */
export function formatDateTime(instant: Date | string | null): string {
  if (!instant) return 'jamais';
  return dateTime
    .format(typeof instant === 'string' ? new Date(instant) : instant)
    .replace(',', '');
}

export function formatDay(date: CalendarDate): string {
  return formatFrenchDate(date);
}

/** `novembre 2026` for `2026-11`. */
export const monthLabel = frenchMonthLabel;

const SOURCE_LABELS: Record<string, string> = {
  RULE: 'règle',
  LEARNED: 'appris',
  USER: 'client',
  STAFF: 'cabinet',
  STATEMENT: 'banque',
  NONE: '—',
};

export function categorySourceLabel(source: string): string {
  return SOURCE_LABELS[source] ?? source;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

export function channelsLabel(channels: readonly string[]): string {
  if (channels.length === 0) return 'non remise (aucun canal relié)';
  return channels
    .map((channel) =>
      channel === 'slack' ? 'Slack' : channel === 'telegram' ? 'Telegram' : channel,
    )
    .join(', ');
}

const COLLECTION_LABELS: Record<string, string> = {
  COLLECTING: 'collecte en cours',
  ESCALATED: 'signalé au cabinet',
  PAUSED: 'en pause',
  COMPLETE: 'complet',
  CLOSED: 'clôturé',
};

export function collectionStateLabel(state: string): string {
  return COLLECTION_LABELS[state] ?? state;
}

const WORKFLOW_KINDS: Record<string, string> = {
  'connection-lifecycle': 'connexion bancaire',
  'monthly-collection': 'collecte du mois',
  'collection-starter': 'lancement des collectes',
  'staff-digest': 'résumé du cabinet',
};

export function workflowKindLabel(kind: string): string {
  return WORKFLOW_KINDS[kind] ?? kind;
}
