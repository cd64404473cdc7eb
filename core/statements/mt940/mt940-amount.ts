import { parseAmountToCents } from '../../money/parse-amount.ts';

/** SWIFT amounts: digits and a decimal comma (`612,` `27,98`); extra decimals only when zero. */
export function readSwiftAmount(written: string): number | null {
  if (!/^\d+(,\d*)?$/.test(written)) return null;
  const cents = parseAmountToCents(written, ',');
  return cents.ok ? cents.value : null;
}
