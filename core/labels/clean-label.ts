import { collapseSpaces } from './fold-text.ts';
import { toDisplayName } from './display-name.ts';
import { KINDS_WITHOUT_COUNTERPARTY, type LabelKind } from './label-kind.ts';
import { parseLabelPart, type LabelPart } from './parse-label-part.ts';

export type { LabelKind } from './label-kind.ts';

export interface CleanedLabel {
  /** One readable line: subject, then the motif ("Urssaf Rhone-Alpes — COTISATIONS 09/2026"). */
  readonly label: string;
  /** Who was paid or who paid, readable; null for fees, withdrawals, cheques, card debits. */
  readonly counterparty: string | null;
  /** What the line is about: the counterparty, or the operation's own words ("COTISATION OFFRE PRO"). */
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
export function cleanBankLabel(raw: string | readonly string[], amountCents?: number): CleanedLabel {
  const parts = splitTexts(raw).map(parseLabelPart);
  const nonEmpty = parts.filter((part) => part.text !== '' || part.prefix !== null);
  const defining = definingPart(nonEmpty);
  const kind = resolveKind(defining, parts, amountCents);

  // A part says the same thing as the defining one (SG's short and long label): cut its prefix too.
  const texts = parts.map((part) =>
    part.prefix !== null && part.prefix.kind === defining?.prefix?.kind ? part.afterPrefix : part.text,
  );
  const party = parts.find((part) => part.party !== null)?.party ?? null;
  const firstText = texts.findIndex((text) => text !== '');

  const hasCounterparty = !KINDS_WITHOUT_COUNTERPARTY.has(kind);
  const counterpartyRaw = hasCounterparty ? (party ?? texts[firstText] ?? null) : null;
  const usedIndex = party === null || !hasCounterparty ? firstText : -1;
  const subject = counterpartyRaw ?? texts[firstText] ?? collapseSpaces(splitTexts(raw).join(' '));

  const motifs = [
    ...parts.flatMap((part) => (part.motif === null ? [] : [part.motif])),
    ...texts.filter((text, index) => text !== '' && index !== usedIndex),
  ];
  const motif = motifs.length > 0 ? motifs.join(' ') : null;
  const counterparty = counterpartyRaw ? toDisplayName(counterpartyRaw) : null;
  const shownSubject = counterparty ?? subject;

  return {
    label: motif === null ? shownSubject : `${shownSubject} — ${motif}`,
    counterparty,
    subject: shownSubject,
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
