import { z } from 'zod';
import type { Notice } from '../views/layout.ts';

/**
 * What an action tells staff after its redirect: a fixed code in the query string (`?info=`), so
 * no text of the request comes back into the page.
 */
const NOTICES = {
  relance: { tone: 'ok', text: 'Relance envoyée.' },
  'relance-sans-canal': {
    tone: 'warning',
    text: "Relance non remise : le client n'a relié ni Slack ni Telegram. Elle est notée dans l'historique.",
  },
  'mois-cloture': { tone: 'ok', text: 'Mois clôturé.' },
  reclasse: { tone: 'ok', text: 'Opération reclassée ; le client est prévenu dans sa messagerie.' },
  'reclasse-sans-canal': {
    tone: 'warning',
    text: "Opération reclassée ; le client n'a pas pu être prévenu (aucune messagerie reliée).",
  },
} as const satisfies Record<string, Notice>;

export type NoticeCode = keyof typeof NOTICES;

const noticeSchema = z.enum(Object.keys(NOTICES) as [NoticeCode, ...NoticeCode[]]);

export function noticeOf(query: URLSearchParams): Notice | null {
  const parsed = noticeSchema.safeParse(query.get('info'));
  return parsed.success ? NOTICES[parsed.data] : null;
}

export function withNotice(path: string, code: NoticeCode, anchor = ''): string {
  return `${path}?info=${code}${anchor}`;
}
