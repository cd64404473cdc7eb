import { findRate, moneyAmounts, type FoundAmount } from './text-amounts.ts';
import type { TextLine } from './text-lines.ts';

export type TotalRole = 'ttc' | 'ht' | 'vat' | 'due' | 'prepaid';

export interface TotalsFound {
  readonly ttc: FoundAmount | null;
  readonly ht: FoundAmount | null;
  readonly vat: FoundAmount | null;
  readonly due: FoundAmount | null;
  readonly prepaid: FoundAmount | null;
}

// Labels by role, strongest first; tested on folded lines. A line naming HT or VAT is never the
// TTC total, and "subtotal" is not a total.
const LABELS: Readonly<Record<TotalRole, readonly RegExp[]>> = {
  ttc: [
    /\b(total|montant) (ttc|t\.t\.c\.?|toutes taxes)/,
    /\btotal (de la facture|facture|paye|a payer|general|due|amount|incl)/,
    /\b(grand total|invoice total|total payable)\b/,
    /^total\b(?!.*\b(ht|hors|tva|vat|tax|excl|net)\b)/,
  ],
  ht: [
    /\b(total|montant|sous-total|sous total)( des)? (ht|h\.t\.?|hors taxes?)\b/,
    /\btotal [a-z]+ ht\b/,
    /\b(total excluding tax|total excl|net amount|total net|subtotal|sub-total)\b/,
  ],
  vat: [/^(total|montant) (tva|vat|taxes?)\b/, /\btotal (tva|vat)\b/],
  due: [/\b(net a payer|reste a payer|montant du|amount due|solde du|montant a payer|a regler)\b/],
  prepaid: [/\b(acompte( verse)?|deja (regle|paye|verse))\b/],
};

const COLUMN_WORD = /\b(ttc|ht|tva|vat|base ht|montant tva|taux)\b/;
const COLUMN_WORDS = new RegExp(COLUMN_WORD.source, 'g');

/**
 * The document's totals from labelled lines. The amount is the last one on the label's line
 * (the value column is at the right), else the first one on the next line. A row of several
 * amounts under a header naming its columns ("TTC dont TVA HT") is read by column.
 */
export function findTotals(lines: readonly TextLine[]): TotalsFound {
  const byColumns = readColumnTotals(lines);
  const pick = (role: TotalRole) => labelled(lines, role) ?? byColumns.get(role) ?? null;
  return {
    ttc: pick('ttc'),
    ht: pick('ht'),
    vat: pick('vat'),
    due: pick('due'),
    prepaid: pick('prepaid'),
  };
}

function labelled(lines: readonly TextLine[], role: TotalRole): FoundAmount | null {
  for (const pattern of LABELS[role]) {
    for (const [at, line] of lines.entries()) {
      const label = pattern.exec(line.folded);
      if (!label || excluded(role, line.folded)) continue;
      const after = moneyAmounts(line.text).filter((amount) => amount.index >= label.index);
      const onLine = after.length > 0 ? after : moneyAmounts(line.text);
      if (onLine.length > 1 && COLUMN_WORD.test(headerAbove(lines, at) ?? '')) continue;
      const amount =
        onLine.at(-1) ??
        (isBareLabel(line) ? moneyAmounts(lines[at + 1]?.text ?? '')[0] : undefined);
      if (amount) return amount;
    }
  }
  return null;
}

// A label alone on its line ("Net à payer"), its value printed below; not a column header.
function isBareLabel(line: TextLine): boolean {
  return line.text.split(' ').length <= 5 && !isColumnHeader(line);
}

function excluded(role: TotalRole, folded: string): boolean {
  if (role === 'ttc') return /\b(ht|hors taxes?|tva|vat)\b/.test(folded) && !/\bttc\b/.test(folded);
  return false;
}

function headerAbove(lines: readonly TextLine[], at: number): string | null {
  for (let back = at - 1; back >= Math.max(0, at - 8); back -= 1) {
    const line = lines[back];
    if (line && isColumnHeader(line)) return line.folded;
  }
  return null;
}

export function isColumnHeader(line: TextLine): boolean {
  const words = line.folded.match(COLUMN_WORDS) ?? [];
  return words.length >= 2 && moneyAmounts(line.text).length === 0;
}

/** Column roles of a header, left to right: "ttc (eur) dont tva ht (eur)" → ttc, vat, ht. */
export function headerRoles(folded: string): Array<TotalRole | 'rate'> {
  const roles: Array<TotalRole | 'rate'> = [];
  for (const match of folded.matchAll(/\b(base ht|montant tva|ttc|ht|tva|vat|taux)\b/g)) {
    const word = match[1];
    if (word === 'taux') roles.push('rate');
    else if (word === 'ttc') roles.push('ttc');
    else if (word === 'ht' || word === 'base ht') roles.push('ht');
    else roles.push('vat');
  }
  // "TVA | Base HT | Montant TVA": a leading VAT column holds the rate.
  if (roles[0] === 'vat' && roles.length > 2) roles[0] = 'rate';
  return roles;
}

/** Amounts of a row aligned on the header's columns from the right (labels sit at the left). */
export function alignRow(
  amounts: readonly FoundAmount[],
  roles: ReadonlyArray<TotalRole | 'rate'>,
): Map<TotalRole, FoundAmount> {
  const aligned = new Map<TotalRole, FoundAmount>();
  const moneyRoles = roles.filter((role): role is TotalRole => role !== 'rate');
  const offset = moneyRoles.length - amounts.length;
  if (offset < 0) return aligned;
  amounts.forEach((amount, index) => {
    const role = moneyRoles[offset + index];
    if (role && !aligned.has(role)) aligned.set(role, amount);
  });
  return aligned;
}

function readColumnTotals(lines: readonly TextLine[]): Map<TotalRole, FoundAmount> {
  for (const [at, line] of lines.entries()) {
    if (!/^total\b/.test(line.folded) || findRate(line.text)) continue;
    const amounts = moneyAmounts(line.text);
    const header = headerAbove(lines, at);
    if (amounts.length < 2 || !header) continue;
    return alignRow(amounts, headerRoles(header));
  }
  return new Map();
}
