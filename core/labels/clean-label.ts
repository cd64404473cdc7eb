import { collapseSpaces, foldForMatch } from './fold-text.ts';
import { toDisplayName } from './display-name.ts';
import { KINDS_WITHOUT_COUNTERPARTY, type LabelKind } from './label-kind.ts';
import { parseLabelPart, type LabelPart } from './parse-label-part.ts';

export type { LabelKind } from './label-kind.ts';

export interface CleanedLabel {
  /** One readable line: subject, then the motif ("Urssaf Rhone-Alpes — COTISATIONS 09/2026"). */
  readonly label: string;
  /** Who was paid or who paid, readable; null for fees, withdrawals, cheques, card debits. */
  readonly counterparty: string | null;
  /** The counterparty, or the operation's own words ("COTISATION OFFRE PRO"). */
  readonly subject: string;
  /** The purpose text without mandate, creditor id or references. */
  readonly motif: string | null;
  /** Card operation date as written (dd/mm); the booking date is the ledger's. */
  readonly cardDate: string | null;
  readonly kind: LabelKind;
  /** Texts kept aside, such as foreign-currency lines (B07). */
  readonly notes: readonly string[];
}

/**
 * Takes a French bank label apart: prefixes (CARTE, CB*1234, PRLV SEPA, VIR SEPA RECU/EMIS,
 * VIR INST, RETRAIT DAB, AVOIR, ECH PRET, REMISE CHQ…), card dates, FX lines and references.
 * `raw` is one text or the texts of one row kept apart (NAME and MEMO, remittance lines, or a
 * parser's raw label joined with " | "). The amount only decides a transfer's direction when the
 * label does not say it; without either, the kind is `other`.
 */
export function cleanBankLabel(
  raw: string | readonly string[],
  amountCents?: number,
): CleanedLabel {
  const parts = splitTexts(raw).map(parseLabelPart);
  const defining = definingPart(parts.filter((part) => part.text !== '' || part.prefix !== null));
  const kind = resolveKind(defining, parts, amountCents);

  // SG repeats its short label at the head of the long one: cut that copy of the prefix too.
  const texts = parts.map((part) =>
    part !== defining && part.prefixText !== defining?.prefixText ? part.text : part.afterPrefix,
  );
  const party = parts.find((part) => part.party !== null)?.party ?? null;
  const firstText = texts.findIndex((text) => text !== '');

  const namesSomeone = !KINDS_WITHOUT_COUNTERPARTY.has(kind) && !defining?.prefix?.keepsText;
  const counterpartyRaw = namesSomeone ? (party ?? texts[firstText] ?? null) : null;
  const counterparty = counterpartyRaw === null ? null : displayCounterparty(counterpartyRaw);
  const subject = counterparty ?? texts[firstText] ?? collapseSpaces(splitTexts(raw).join(' '));
  const usedIndex = namesSomeone && party !== null ? -1 : firstText;

  const motif = joinMotif(subject, [
    ...parts.flatMap((part) => (part.motif === null ? [] : [part.motif])),
    ...texts.filter((text, index) => text !== '' && index !== usedIndex),
  ]);

  return {
    label: motif === null ? subject : `${subject} — ${motif}`,
    counterparty,
    subject,
    motif,
    cardDate: parts.find((part) => part.cardDate !== null)?.cardDate ?? null,
    kind,
    notes: parts.flatMap((part) => part.notes),
  };
}

function splitTexts(raw: string | readonly string[]): string[] {
  const texts = typeof raw === 'string' ? [raw] : raw;
  return texts
    .flatMap((text) => text.split(/ \| |\r?\n/))
    .map(collapseSpaces)
    .filter((text) => text !== '');
}

// The first text speaks for the row. A later text may still reveal a card payment, a transfer
// or a direct debit (BPCE's "CB ADOBE…" after its short label), but words such as "FRAIS" in a
// memo describe the purchase, not a bank fee.
function definingPart(parts: readonly LabelPart[]): LabelPart | null {
  const [first, ...others] = parts;
  if (first === undefined) return null;
  if (first.prefix !== null) return first;
  return others.find((part) => part.prefix !== null && !part.prefix.keepsText) ?? null;
}

function resolveKind(
  defining: LabelPart | null,
  parts: readonly LabelPart[],
  amountCents: number | undefined,
): LabelKind {
  const prefixKind = defining?.prefix?.kind;
  if (prefixKind === undefined) {
    return parts.some((part) => part.hasCardMarker) ? 'card' : 'other';
  }
  if (prefixKind !== 'transfer') return prefixKind;

  const direction = defining?.transferDirection ?? directionOf(amountCents);
  if (direction === 'in') return 'transfer_in';
  if (direction === 'out') return 'transfer_out';
  return 'other';
}

function directionOf(amountCents: number | undefined): 'in' | 'out' | null {
  if (amountCents === undefined || amountCents === 0) return null;
  return amountCents > 0 ? 'in' : 'out';
}

// Card processors separate merchant and descriptor with "*" ("ADOBE *CREATIVE CLOUD").
function displayCounterparty(raw: string): string {
  return toDisplayName(collapseSpaces(raw.replace(/\*/g, ' ')));
}

// Drops texts that only repeat the subject (BPCE's short and long labels name the same shop).
function joinMotif(subject: string, texts: readonly string[]): string | null {
  const seen = new Set([foldForMatch(subject)]);
  const kept = texts.filter((text) => {
    const folded = foldForMatch(text);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
  return kept.length > 0 ? kept.join(' ') : null;
}
