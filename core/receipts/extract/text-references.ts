import type { CalendarDate } from '../../dates/calendar-date.ts';
import type { PaymentReferences } from '../receipt-types.ts';
import { findDates } from './text-dates.ts';
import type { TextLine } from './text-lines.ts';

// "N° de facture X", "Facture n° X", "Invoice number X", "N° d'avoir X", "Numéro X", "Ticket X".
const NUMBER_PATTERNS: readonly RegExp[] = [
  /\b(?:n°|no\.?|numero|number|nº)\s*(?:de |d')?(?:facture|invoice|avoir)\s*:?\s*([a-z0-9][a-z0-9/._-]*)/,
  /\b(?:facture|invoice|avoir|honoraires|credit note)\s*(?:n°|no\.?|nº|numero|number|#)\s*:?\s*([a-z0-9][a-z0-9/._-]*)/,
  /^(?:n°|numero|number|no\.)\s*:?\s*([a-z0-9][a-z0-9/._-]*)/,
  /\bticket\s*(?:n°)?\s*:?\s*(\d[\d-]*)/,
];

/** The document's own number, as printed (case kept). */
export function findDocumentNumber(lines: readonly TextLine[]): string | null {
  for (const pattern of NUMBER_PATTERNS) {
    for (const line of lines) {
      const match = pattern.exec(line.folded);
      const value = match?.[1]?.replace(/[.]$/, '');
      if (!match || !value || !/\d/.test(value) || /^\d{1,2}\/\d{1,2}\//.test(value)) continue;
      const start = line.folded.indexOf(value, match.index);
      return line.text.slice(start, start + value.length);
    }
  }
  return null;
}

const DUE_WORDS =
  /\b(echeance|due date|date due|date d'echeance|au plus tard|payable le|a regler avant)\b/;
const NOT_ISSUE =
  /\b(arrivee|depart|prelevement|acompte|devis|valable|periode|period|du \S+ au|expire|naissance)\b/;
const ISSUE_WORDS =
  /\b(date de facture|date d'emission|issue date|date of issue|date de la commande|invoice date|date)\b/;

export interface DocumentDates {
  readonly issueDate: CalendarDate | null;
  readonly dueDate: CalendarDate | null;
}

/**
 * The issue date: a date on a line naming it ("Date :", "Date d'émission", "Date of issue"),
 * else one following the number ("Facture n° … du 3 novembre 2026"), else "Lyon, le …", else
 * the first date outside stays, debits and periods. The due date comes from "Échéance" lines.
 */
export function findDocumentDates(lines: readonly TextLine[]): DocumentDates {
  let dueDate: CalendarDate | null = null;
  for (const line of lines) {
    if (!DUE_WORDS.test(line.folded)) continue;
    const dates = findDates(line.folded);
    const after = dates.find((found) => found.index > (DUE_WORDS.exec(line.folded)?.index ?? 0));
    dueDate = (after ?? dates[0])?.date ?? null;
    if (dueDate) break;
  }

  const dated = (test: (line: TextLine) => boolean) => {
    for (const line of lines) {
      if (!test(line)) continue;
      const date = findDates(line.folded)[0]?.date;
      if (date) return date;
    }
    return null;
  };
  const issueDate =
    dated(
      (line) =>
        ISSUE_WORDS.test(line.folded) &&
        !DUE_WORDS.test(line.folded) &&
        !NOT_ISSUE.test(line.folded),
    ) ??
    dated((line) => /\b(facture|invoice|avoir)\b.*\bdu\b/.test(line.folded)) ??
    dated((line) => /^[a-z' -]+, le\b/.test(line.folded)) ??
    dated((line) => !DUE_WORDS.test(line.folded) && !NOT_ISSUE.test(line.folded));
  return { issueDate, dueDate };
}

const CREDITOR_ID = /\b([A-Z]{2}\d{2}ZZZ[0-9A-Z]{6,})\b/;
const MANDATE =
  /\b(?:rum|mandat|reference unique de mandat|mandate)\s*:?\s*([a-z0-9][a-z0-9-]{3,})/;
const CARD_SUFFIX =
  /\b(?:cb|carte|card|visa|mastercard|amex)\b[^\d\n]{0,30}?(?:\*{2,}|x{2,}|ending in|se terminant par|finissant par)\s*(\d{4})\b/;
const ACCOUNT_SUFFIX =
  /\b(?:compte|account|iban)\b[^\n]{0,60}?(?:se terminant par|ending in|\*{3,}\s?)([\d ]{2,6}\d)\b/;
const WORDING = [
  /libelle du prelevement\s*:?\s*(.+?)\.?$/,
  /(?:rappeler|en rappelant|please quote|reference a rappeler)[^:«"]*[:«"]\s*(.+?)\s*[»".]*$/,
];

/** What ties the document to its bank line: ICS, mandate, card or account, wording to quote. */
export function findPaymentReferences(lines: readonly TextLine[]): PaymentReferences {
  let creditorId: string | null = null;
  let mandateId: string | null = null;
  let paidWithSuffix: string | null = null;
  const wording: string[] = [];

  for (const line of lines) {
    creditorId ??= CREDITOR_ID.exec(line.text.toUpperCase())?.[1] ?? null;
    const mandate = MANDATE.exec(line.folded)?.[1];
    if (!mandateId && mandate && /\d/.test(mandate)) mandateId = mandate.toUpperCase();
    const card = CARD_SUFFIX.exec(line.folded)?.[1];
    const account = ACCOUNT_SUFFIX.exec(line.folded)?.[1];
    paidWithSuffix ??= card ?? account?.replace(/\s/g, '') ?? null;
    for (const pattern of WORDING) {
      const said = pattern.exec(line.folded)?.[1];
      if (said && said.length >= 3) wording.push(said.replace(/[«»"]/g, '').trim());
    }
  }
  return { creditorId, mandateId, accountIban: null, paidWithSuffix, wording };
}
