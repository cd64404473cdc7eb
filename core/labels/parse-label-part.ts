import { collapseSpaces, foldAccents } from './fold-text.ts';
import {
  CARD_MARKERS,
  FX_LINE,
  INLINE_REFERENCES,
  LABEL_PREFIXES,
  MOTIF_FIELDS,
  OPERATION_NOISE,
  PARTY_FIELDS,
  SEGMENT_MARKER,
  TRAILING_CARD_DATE,
  transferDirection,
  type LabelPrefix,
} from './label-patterns.ts';

/** One text of a bank line (NAME, MEMO, one remittance line) taken apart. */
export interface LabelPart {
  readonly prefix: LabelPrefix | null;
  /** The prefix as written, accent-folded and upper case ("VIR SEPA EMIS"). */
  readonly prefixText: string | null;
  readonly transferDirection: 'in' | 'out' | null;
  readonly hasCardMarker: boolean;
  readonly cardDate: string | null;
  /** The whole free text, markers, references and FX removed. */
  readonly text: string;
  /** The free text once the prefix is cut (equal to `text` when there is none). */
  readonly afterPrefix: string;
  /** The payer or payee named by a "/DE", "/A" or "DE:" segment. */
  readonly party: string | null;
  readonly motif: string | null;
  readonly notes: readonly string[];
}

export function parseLabelPart(raw: string): LabelPart {
  const notes: string[] = [];
  let cardDate: string | null = null;
  let hasCardMarker = false;

  // FX lines are notes, never names (B07).
  let text = collapseSpaces(raw).replace(FX_LINE, (line) => {
    notes.push(line.trim());
    return ' ';
  });

  for (const marker of CARD_MARKERS) {
    text = text.replace(marker, (...args: unknown[]) => {
      hasCardMarker = true;
      cardDate ??= cardDateFrom(args.at(-1));
      return ' ';
    });
  }

  const { head, party, motif } = splitSegments(collapseSpaces(text));
  const found = matchPrefix(head);
  cardDate ??= found?.cardDate ?? null;

  let afterPrefix = found ? head.slice(found.length) : head;
  let whole = head;
  if (found?.prefix.keepsText) {
    const cleaned = stripOperationNoise(head);
    cardDate ??= cleaned.date;
    whole = cleaned.text;
    afterPrefix = cleaned.text;
  }
  if (found?.prefix.kind === 'card' || (hasCardMarker && !found)) {
    const trailing = TRAILING_CARD_DATE.exec(afterPrefix);
    if (trailing) {
      cardDate ??= cardDateFrom(trailing.groups);
      afterPrefix = afterPrefix.slice(0, trailing.index);
      whole = whole.replace(TRAILING_CARD_DATE, '');
    }
  }

  const cleanedWhole = stripReferences(whole);
  return {
    prefix: found?.prefix ?? null,
    prefixText: found ? foldAccents(head.slice(0, found.length)).toUpperCase() : null,
    transferDirection: found?.direction ?? null,
    hasCardMarker,
    cardDate,
    text: cleanedWhole,
    afterPrefix: afterPrefix === whole ? cleanedWhole : stripReferences(afterPrefix),
    party: party === null ? null : stripReferences(party) || null,
    motif: motif === null ? null : stripReferences(motif) || null,
    notes,
  };
}

interface PrefixMatch {
  readonly prefix: LabelPrefix;
  readonly length: number;
  readonly cardDate: string | null;
  readonly direction: 'in' | 'out' | null;
}

function matchPrefix(head: string): PrefixMatch | null {
  const folded = foldAccents(head);
  for (const prefix of LABEL_PREFIXES) {
    const match = prefix.pattern.exec(folded);
    if (!match) continue;
    const words = match.groups?.['words'];
    return {
      prefix,
      length: match[0].length,
      cardDate: cardDateFrom(match.groups),
      direction: words === undefined ? null : transferDirection(words),
    };
  }
  return null;
}

function splitSegments(text: string): { head: string; party: string | null; motif: string | null } {
  const folded = foldAccents(text);
  const markers = [...folded.matchAll(SEGMENT_MARKER)];
  const first = markers[0];
  if (first === undefined) return { head: text, party: null, motif: null };

  let party: string | null = null;
  const motifs: string[] = [];
  markers.forEach((marker, index) => {
    const field = (marker.groups?.['slash'] ?? marker.groups?.['colon'] ?? '').toUpperCase();
    const start = marker.index + marker[0].length;
    const value = collapseSpaces(text.slice(start, markers[index + 1]?.index ?? text.length));
    if (value === '') return;
    if (PARTY_FIELDS.has(field)) party ??= value;
    else if (MOTIF_FIELDS.has(field)) motifs.push(value);
  });
  const motif = motifs.length > 0 ? motifs.join(' ') : null;
  return { head: collapseSpaces(text.slice(0, first.index)), party, motif };
}

function stripOperationNoise(text: string): { text: string; date: string | null } {
  let date: string | null = null;
  let cleaned = text;
  for (const noise of OPERATION_NOISE) {
    cleaned = cleaned.replace(noise, (found) => {
      const dayMonth = /^(\d{2})\/(\d{2})/.exec(found);
      if (dayMonth) date ??= validDayMonth(dayMonth[1], dayMonth[2]);
      return ' ';
    });
  }
  return { text: collapseSpaces(cleaned), date };
}

/** Removes SEPA ids, mandates, "REF …" tails and bank operation numbers. */
export function stripReferences(text: string): string {
  let cleaned = text;
  for (const reference of INLINE_REFERENCES) {
    cleaned = replaceOnFolded(cleaned, reference);
  }
  return collapseSpaces(cleaned)
    .replace(/[\s\-–—:;,/(]+$/u, '')
    .replace(/^[\s\-–—:;,/)]+/u, '');
}

// Matches on the accent-folded copy and cuts the same positions out of the original text.
function replaceOnFolded(text: string, globalPattern: RegExp): string {
  let result = '';
  let last = 0;
  for (const match of foldAccents(text).matchAll(globalPattern)) {
    result += `${text.slice(last, match.index)} `;
    last = match.index + match[0].length;
  }
  return result + text.slice(last);
}

function cardDateFrom(groups: unknown): string | null {
  if (typeof groups !== 'object' || groups === null) return null;
  const { day, month } = groups as { day?: string; month?: string };
  return validDayMonth(day, month);
}

function validDayMonth(day: string | undefined, month: string | undefined): string | null {
  if (day === undefined || month === undefined) return null;
  const d = Number(day);
  const m = Number(month);
  return d >= 1 && d <= 31 && m >= 1 && m <= 12 ? `${day}/${month}` : null;
}
