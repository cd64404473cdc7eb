import { foldForMatch } from '../../labels/fold-text.ts';
import type { ReceiptFacts, TransactionFacts } from './match-types.ts';

export interface ReferenceFit {
  /** The document and the bank line cannot be the same payment (another creditor, card…). */
  readonly conflict: string | null;
  /** The label carries the invoice number or the wording the invoice asked to quote. */
  readonly quoted: boolean;
  /** The same creditor id, mandate, card or account: the same counterparty, not the same bill. */
  readonly sameParty: boolean;
  /** The label names another month than the invoice (September's rent for October's bill). */
  readonly otherPeriod: boolean;
  readonly reasons: readonly string[];
}

const CREDITOR_ID = /\b[A-Z]{2}\d{2}ZZZ[0-9A-Z]{6,}\b/g;
const CARD_IN_LABEL = /\b(?:CARTE|CB)\s?\*?X?(\d{4})\b/;
const MONTHS = [
  'JANVIER',
  'FEVRIER',
  'MARS',
  'AVRIL',
  'MAI',
  'JUIN',
  'JUILLET',
  'AOUT',
  'SEPTEMBRE',
  'OCTOBRE',
  'NOVEMBRE',
  'DECEMBRE',
];
// On folded text ("/" became a space): "NOVEMBRE 2026", "11 2026" (from 11/2026 or 02/11/2026).
const MONTH_YEAR = new RegExp(
  `\\b(${MONTHS.join('|')}) (\\d{4})\\b|\\b(0[1-9]|1[0-2]) (20\\d{2})\\b`,
  'g',
);

export function fitReferences(receipt: ReceiptFacts, transaction: TransactionFacts): ReferenceFit {
  const label = foldForMatch(transaction.rawLabel);
  const labelUpper = transaction.rawLabel.toUpperCase();
  const refs = receipt.references;
  const reasons: string[] = [];
  let sameParty = false;

  const creditors: string[] = labelUpper.match(CREDITOR_ID) ?? [];
  if (refs.creditorId && creditors.length > 0) {
    if (!creditors.includes(refs.creditorId)) return conflict(`autre créancier (${creditors[0]})`);
    sameParty = true;
    reasons.push('même créancier SEPA');
  }
  if (refs.mandateId && label.includes(foldForMatch(refs.mandateId))) sameParty = true;

  const paidWith = paymentMeansConflict(receipt, transaction, labelUpper);
  if (paidWith) return conflict(paidWith);

  // The same wording for another month is the same subscription, not this bill.
  const otherPeriod = periodsDiffer(refs.wording, label);
  const quotedNumber = receipt.number !== null && numberInLabel(receipt.number, label);
  const quotedWording = !otherPeriod && refs.wording.some((text) => wordingInLabel(text, label));
  if (quotedNumber) reasons.push('n° de facture dans le libellé');
  if (quotedWording) reasons.push('libellé annoncé par la facture');
  if (otherPeriod) reasons.push('libellé d’un autre mois');
  return { conflict: null, quoted: quotedNumber || quotedWording, sameParty, otherPeriod, reasons };
}

function conflict(reason: string): ReferenceFit {
  return {
    conflict: reason,
    quoted: false,
    sameParty: false,
    otherPeriod: false,
    reasons: [reason],
  };
}

// "Paid with Visa ending in 4417" is not the pro card 4821; "compte … ***0 95" is not this one.
function paymentMeansConflict(
  receipt: ReceiptFacts,
  transaction: TransactionFacts,
  labelUpper: string,
): string | null {
  const suffix = receipt.references.paidWithSuffix;
  const iban = receipt.references.accountIban;
  if (iban && transaction.accountIban && iban !== transaction.accountIban)
    return 'payé depuis un autre compte';
  if (!suffix) return null;

  const card =
    CARD_IN_LABEL.exec(labelUpper)?.[1] ??
    (transaction.accountKind === 'DEFERRED_CARD' ? lastDigits(transaction.accountRef, 4) : null);
  if (suffix.length === 4 && card) return card === suffix ? null : `payé avec la carte ${suffix}`;
  if (transaction.accountIban) {
    return transaction.accountIban.endsWith(suffix) ? null : 'payé depuis un autre compte';
  }
  // A French IBAN ends with the account number and a 2-digit key: check what the number shows.
  const number = transaction.accountRef?.replace(/\D/g, '') ?? '';
  const withoutKey = suffix.slice(0, -2);
  if (suffix.length > 2 && number.length >= 8 && !card && !number.endsWith(withoutKey)) {
    return 'payé depuis un autre compte';
  }
  return null;
}

function lastDigits(text: string | null, count: number): string | null {
  const digits = text?.replace(/\D/g, '') ?? '';
  return digits.length >= count ? digits.slice(-count) : null;
}

// Short numbers ("112") count only after a word that announces them ("FACTURE 112").
function numberInLabel(number: string, label: string): boolean {
  const folded = foldForMatch(number);
  if (folded === '' || !/\d/.test(folded)) return false;
  const bounded = new RegExp(`(^| )${folded.replace(/ /g, ' ?')}( |$)`);
  if (folded.replace(/ /g, '').length >= 5) return bounded.test(label);
  return new RegExp(`\\b(FACTURE|FACT|FACT\\.|INVOICE|INV|NO|N)\\s${folded}( |$)`).test(label);
}

function wordingInLabel(text: string, label: string): boolean {
  const words = foldForMatch(text)
    .split(' ')
    .filter((word) => word.length >= 3 && !/^\d{1,2}$/.test(word));
  if (words.length === 0) return false;
  const labelWords = new Set(label.split(' '));
  const found = words.filter((word) => labelWords.has(word)).length;
  return found / words.length >= 0.8;
}

function periodsDiffer(wording: readonly string[], label: string): boolean {
  const invoice = new Set(wording.flatMap((text) => periodsIn(foldForMatch(text))));
  const bank = periodsIn(label);
  return invoice.size > 0 && bank.length > 0 && !bank.some((period) => invoice.has(period));
}

function periodsIn(folded: string): string[] {
  return [...folded.matchAll(MONTH_YEAR)].map((match) => {
    const month = match[1] ? MONTHS.indexOf(match[1]) + 1 : Number(match[3]);
    return `${match[2] ?? match[4]}-${String(month).padStart(2, '0')}`;
  });
}
