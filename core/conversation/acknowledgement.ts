import type { CalendarDate } from '../dates/calendar-date.ts';
import { monthLabel } from './chat-format.ts';
import { parseIntent } from './intents.ts';
import { textsFor } from './texts/texts.ts';

/**
 * The few words a slash command is answered with at once (Slack wants an answer within 3 s);
 * the full answer follows. Reads no database, so it is always fast.
 */
export function acknowledgement(text: string, today: CalendarDate): string {
  const intent = parseIntent(text, today);
  const t = textsFor('fr');
  return intent.kind === 'missing_receipts' ? t.lookingUp(monthLabel(intent.month, 'fr')) : '⏳';
}
