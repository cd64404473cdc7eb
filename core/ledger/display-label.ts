import { cleanBankLabel } from '../labels/clean-label.ts';

/** The label people read: bank prefixes, card dates and references cut; the raw text stays stored. */
export function displayLabel(row: {
  label: string;
  memo: string | null;
  amountCents: bigint | number;
}): string {
  const texts = row.memo && row.memo !== row.label ? [row.label, row.memo] : [row.label];
  return cleanBankLabel(texts, Number(row.amountCents)).label || row.label;
}
