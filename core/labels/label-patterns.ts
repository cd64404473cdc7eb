import type { LabelKind } from './label-kind.ts';

/**
 * French bank label shapes, as data. Every pattern is tested on upper-cased, accent-folded
 * text of one part of the label (NAME, MEMO, one remittance line), never on a joined row (B21).
 */

export type PrefixKind = Exclude<LabelKind, 'transfer_in' | 'transfer_out'> | 'transfer';

export interface LabelPrefix {
  readonly kind: PrefixKind;
  /** Anchored at the start of the part; group `date` is a card date dd/mm when present. */
  readonly pattern: RegExp;
  /** The words name the operation (a fee, a withdrawal): they stay as its subject. */
  readonly keepsText: boolean;
}

const CARD_DATE = String.raw`(?:\s+(?<day>\d{2})\/(?<month>\d{2})(?:\/\d{2,4})?\b)?`;

export const LABEL_PREFIXES: readonly LabelPrefix[] = [
  {
    kind: 'card_settlement',
    pattern: /^(?:FACTURES?|DEBIT MENSUEL|RELEVE(?: DE)?|ARRETE|TOTAL|REGLEMENT) CARTES?\b/i,
    keepsText: true,
  },
  { kind: 'atm', pattern: /^(?:RETRAIT|RET)(?: (?:DAB|GAB|DISTRIBUTEUR|CB))?\b/i, keepsText: true },
  {
    kind: 'cheque',
    pattern: /^(?:REMISE (?:DE \d+ )?(?:CHQ|CHEQUES?)|REM CHQ|CHEQUE|CHQ)\b/i,
    keepsText: true,
  },
  {
    kind: 'fee',
    pattern: new RegExp(
      String.raw`^(?:COMMISSIONS?|FRAIS|AGIOS|INTERETS DEBITEURS|TENUE DE COMPTE|` +
        String.raw`COTIS(?:ATION)? (?:OFFRE|CARTE|PACK|FORFAIT|COMPTE|CB|VISA|MASTERCARD)|` +
        String.raw`ABONNEMENT (?:OFFRE|BANQUE|PACK))\b`,
      'i',
    ),
    keepsText: true,
  },
  {
    kind: 'other',
    pattern: /^(?:ECH(?:EANCE)?\.? (?:PRET|CREDIT)|REMBOURSEMENT PRET)\b/i,
    keepsText: true,
  },
  {
    kind: 'card',
    pattern: new RegExp(
      String.raw`^(?:CARTE|CB|PAIEMENT (?:PAR )?(?:CB|CARTE)|ACHAT (?:CB|CARTE)|` +
        String.raw`AVOIR(?: (?:CB|CARTE))?)(?: X\d{4})?${CARD_DATE}\b`,
      'i',
    ),
    keepsText: false,
  },
  {
    kind: 'direct_debit',
    pattern:
      /^(?:PRLV|PRELEVEMENT|PRELEVT)\.?(?: (?:SEPA|EUROPEEN|EUR|SDD|B2B))*(?: \d{6,}\w*)?\b/i,
    keepsText: false,
  },
  {
    kind: 'transfer',
    pattern: new RegExp(
      String.raw`^VIR(?:EMENT)?S?\.?(?<words>(?: (?:SEPA|INST|INSTANTANE|EUROPEEN|PERMANENT|` +
        String.raw`INTERNATIONAL|WEB|SCT|RECU|RE|EMIS|EM|EN VOTRE FAVEUR|FAVEUR|A VOTRE DEBIT))*)` +
        String.raw`(?: \d{5,}[A-Z]?)?\b`,
      'i',
    ),
    keepsText: false,
  },
];

/** Words of a transfer prefix that give its direction. */
export function transferDirection(words: string): 'in' | 'out' | null {
  if (/\b(?:RECU|RE|FAVEUR)\b/i.test(words)) return 'in';
  if (/\b(?:EMIS|EM|DEBIT)\b/i.test(words)) return 'out';
  return null;
}

/** Card markers, stripped wherever they stand; groups `day`/`month` give the card date. */
export const CARD_MARKERS: readonly RegExp[] = [
  new RegExp(String.raw`\bCARTE X\d{4}${CARD_DATE}`, 'gi'),
  /\b(?<day>\d{2})(?<month>\d{2})\d{2} CB ?\*+ ?[\dX]{2,4}\b/gi,
  /\bCB ?\*+ ?[\dX]{2,4}\b/gi,
  /\bX{4,}\d{4}\b/gi,
];

/** BPCE writes the card date after the merchant: "CB ADOBE CREATIVE CLOUD FACT 141126". */
export const TRAILING_CARD_DATE = /\sFACT (?<day>\d{2})(?<month>\d{2})\d{2}$/i;

/** Foreign-currency lines: "15,00USD 1 EURO = 1,074500", "110,04 Gbp / 1 Euro = 0,86" (B07). */
export const FX_LINE = new RegExp(
  String.raw`(?:\b[A-Z]{3} ?)?\d+(?:[.,]\d+)? ?(?:[A-Z]{3}\b)? ?\/? ?1 ?EUR(?:OS?)? ?= ?` +
    String.raw`\d+(?:[.,]\d+)?(?: ?[A-Z]{3}\b)?`,
  'gi',
);

/**
 * Structured segments: "/DE NAME /MOTIF text /REF x" (Société Générale detail) and
 * "DE: NAME MOTIF: text REF: x" (older exports). Group `slash` or `colon` names the field.
 */
export const SEGMENT_MARKER = new RegExp(
  String.raw`(?:^| )(?:\/(?<slash>DE|A|MOTIF|REF|ID|MDT|RUM|ICS|EREF|LIB|BEN|ORD|INF|RFF)\b|` +
    String.raw`(?<colon>DE|A|POUR|MOTIF|REF|ID|MDT|RUM|ICS|EREF|LIB|BEN|ORD|NPY|NBE) ?:) ?`,
  'gi',
);

export const PARTY_FIELDS: ReadonlySet<string> = new Set([
  'DE',
  'A',
  'POUR',
  'BEN',
  'ORD',
  'NPY',
  'NBE',
]);
export const MOTIF_FIELDS: ReadonlySet<string> = new Set(['MOTIF', 'LIB', 'INF']);

/** References that identify a payment but say nothing about it (global: every one is cut). */
export const INLINE_REFERENCES: readonly RegExp[] = [
  /(?:^| )(?:ICS|ID) ?:? ?[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]+\b/gi,
  /(?:^| )(?:RUM|MDT|MREF) ?:? ?\S+/gi,
  // "REF …" runs to the end of the part; "réf. devis D-0925" (with a dot) is prose and stays.
  /(?:^| )E?REF ?:? \S.*$/gi,
  // Bank-generated operation numbers: ten or more characters, six digits in a row.
  /\b(?=[A-Z0-9]*\d{6})[A-Z0-9]{10,}\b/gi,
];

/** Noise inside the words of an operation ("RETRAIT DAB 17/10", "REMISE CHEQUE N 3124578"). */
export const OPERATION_NOISE: readonly RegExp[] = [
  /\bDU \d{6}\b/gi,
  /\bN[°O]? ?\d{3,}\b/gi,
  /\b\d{2}\/\d{2}(?:\/\d{2,4})?\b/g,
  /\b\d{6,}\b/g,
];
