import type { VatLine } from '../receipt-types.ts';
import { findRate, moneyAmounts } from './text-amounts.ts';
import { alignRow, headerRoles, isColumnHeader } from './text-totals.ts';
import type { TextLine } from './text-lines.ts';

const VAT_WORD = /\b(tva|vat)\b/;
const MAX_TABLE_ROWS = 8;

/**
 * VAT by rate: rows of a recap table ("Taux | Base HT | TVA | TTC", a till's "TVA HT TVA TTC")
 * and single lines naming a rate ("TVA 20 % 70,00 EUR", "dont TVA 10 % 10,76 €"). Total lines
 * are left to the totals.
 */
export function findVatLines(lines: readonly TextLine[]): VatLine[] {
  const found: VatLine[] = [];
  const inTable = new Set<number>();

  for (const [at, line] of lines.entries()) {
    if (!isVatTableHeader(line)) continue;
    const roles = headerRoles(line.folded);
    for (let row = at + 1; row < Math.min(lines.length, at + 1 + MAX_TABLE_ROWS); row += 1) {
      const current = lines[row] as TextLine;
      const amounts = moneyAmounts(current.text);
      if (/^total\b/.test(current.folded) || amounts.length < 2) break;
      const aligned = alignRow(amounts, roles);
      const vat = aligned.get('vat');
      if (!vat) break;
      inTable.add(row);
      found.push({
        rate: findRate(current.text),
        baseCents: aligned.get('ht')?.cents ?? null,
        amountCents: vat.cents,
      });
    }
  }

  for (const [at, line] of lines.entries()) {
    if (inTable.has(at) || !VAT_WORD.test(line.folded) || /^total\b/.test(line.folded)) continue;
    const amounts = moneyAmounts(line.text);
    const rate = findRate(line.text) ?? (isReverseCharge(line.folded) ? '0' : null);
    const last = amounts.at(-1);
    if (!last || rate === null) continue;
    const base = amounts.length > 1 ? (amounts[0]?.cents ?? null) : null;
    found.push({ rate, baseCents: base, amountCents: last.cents });
  }
  return found;
}

function isVatTableHeader(line: TextLine): boolean {
  if (!isColumnHeader(line)) return false;
  const opensWithRate = /^(tva|taux|vat|rate)\b/.test(line.folded);
  return (opensWithRate || /\b(base|taux)\b/.test(line.folded)) && VAT_WORD.test(line.folded);
}

export function isReverseCharge(folded: string): boolean {
  return /autoliquidation|reverse charge|autoliquidee/.test(folded);
}

/** "TVA non applicable, art. 293 B du CGI": no VAT at all, HT = TTC. */
export function isVatFranchise(folded: string): boolean {
  return /293 ?b|tva non applicable|franchise en base/.test(folded);
}
