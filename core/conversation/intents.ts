import type { CalendarDate } from '../dates/calendar-date.ts';
import { foldAccents } from '../labels/fold-text.ts';
import type { Locale } from './chat-types.ts';
import { currentMonth, findMonth } from './month-words.ts';

/** What a typed message asks for, whatever the channel and the language. */
export type Intent =
  | { readonly kind: 'start'; readonly code: string | null }
  | { readonly kind: 'help' }
  | { readonly kind: 'banks'; readonly query: string }
  | { readonly kind: 'renew' }
  | { readonly kind: 'disconnect' }
  | { readonly kind: 'categories' }
  | { readonly kind: 'missing_receipts'; readonly month: string }
  | { readonly kind: 'status'; readonly month: string }
  | { readonly kind: 'books'; readonly month: string }
  | { readonly kind: 'language'; readonly locale: Locale | null }
  | { readonly kind: 'unknown_command'; readonly command: string }
  /** Free text: an answer to a pending question, or something not understood. */
  | { readonly kind: 'text'; readonly text: string };

type CommandKind =
  | 'start'
  | 'help'
  | 'banks'
  | 'renew'
  | 'disconnect'
  | 'categories'
  | 'missing'
  | 'status'
  | 'books'
  | 'language';

const COMMANDS: ReadonlyMap<string, CommandKind> = new Map([
  ...words('start', ['start', 'demarrer', 'commencer']),
  ...words('help', ['aide', 'help', '?']),
  ...words('banks', ['banques', 'banque', 'banks', 'bank', 'lier', 'link', 'connecter']),
  ...words('renew', ['renouveler', 'renew']),
  ...words('disconnect', ['deconnecter', 'disconnect']),
  ...words('categories', ['categories', 'categorie', 'confirmer', 'categorize', 'categorise']),
  ...words('missing', [
    'justificatifs',
    'justificatif',
    'recus',
    'manquants',
    'receipts',
    'missing',
  ]),
  ...words('status', ['statut', 'status', 'etat', 'bilan']),
  ...words('books', ['livre', 'books', 'journal']),
  ...words('language', ['langue', 'language', 'lang']),
]);

const INVITATION = /^INV(-[A-Z0-9]{2,8}){1,3}$/i;

/**
 * Reads a message: `/command args` (Telegram may append `@botname`), the same command word
 * without the slash (Slack direct messages), a bare invitation code, or a few questions in
 * plain words ("qu’est-ce qu’il me manque pour octobre ?").
 */
export function parseIntent(raw: string, today: CalendarDate): Intent {
  const text = raw.replace(/[\u00a0\u202f]/g, ' ').trim();
  const folded = foldAccents(text.toLowerCase()).replace(/[’']/g, ' ');
  const tokens = folded.split(/\s+/).filter(Boolean);
  const first = tokens[0] ?? '';
  const isSlash = first.startsWith('/');
  const word = first.replace(/^\//, '').replace(/@.*$/, '');
  const rest = tokens.slice(1);
  const command = COMMANDS.get(word);

  if (command) return commandIntent(command, rest, text.split(/\s+/).slice(1), today);
  if (isSlash) return { kind: 'unknown_command', command: first.replace(/@.*$/, '') };
  if (INVITATION.test(text)) return { kind: 'start', code: text.toUpperCase() };
  return plainWords(tokens, text, today);
}

function commandIntent(
  kind: CommandKind,
  rest: readonly string[],
  original: readonly string[],
  today: CalendarDate,
): Intent {
  const month = findMonth(rest, today) ?? currentMonth(today);
  switch (kind) {
    case 'start':
      return { kind: 'start', code: original[0]?.toUpperCase() ?? null };
    case 'help':
      return { kind: 'help' };
    case 'banks':
      return { kind: 'banks', query: original.join(' ') };
    case 'renew':
      return { kind: 'renew' };
    case 'disconnect':
      return { kind: 'disconnect' };
    case 'categories':
      return { kind: 'categories' };
    case 'missing':
      return { kind: 'missing_receipts', month };
    case 'status':
      return { kind: 'status', month };
    case 'books':
      return { kind: 'books', month };
    case 'language': {
      const wanted = rest[0];
      return { kind: 'language', locale: wanted === 'en' || wanted === 'fr' ? wanted : null };
    }
  }
}

const MISSING_WORDS =
  /\b(manque|manquent|manquant|justificatif|justificatifs|recu|recus|missing|receipts?)\b/;
const STATUS_WORDS = /\b(statut|status|bilan|resultat|combien|summary)\b/;
const CATEGORY_WORDS = /\b(categories?|a confirmer|to confirm)\b/;

function plainWords(tokens: readonly string[], text: string, today: CalendarDate): Intent {
  const joined = tokens.join(' ');
  const month = findMonth(tokens, today) ?? currentMonth(today);
  if (MISSING_WORDS.test(joined)) return { kind: 'missing_receipts', month };
  if (CATEGORY_WORDS.test(joined)) return { kind: 'categories' };
  if (STATUS_WORDS.test(joined)) return { kind: 'status', month };
  if (/^(aide|help|\?|bonjour|hello|salut)\b/.test(joined)) return { kind: 'help' };
  return { kind: 'text', text };
}

function words(kind: CommandKind, list: readonly string[]): Array<[string, CommandKind]> {
  return list.map((word) => [word, kind]);
}
