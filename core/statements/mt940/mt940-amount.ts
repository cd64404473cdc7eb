import { parseAmountToCents } from '../../money/parse-amount.ts';

/** SWIFT amounts: digits, a mandatory decimal comma, extra decimals only when zero (`612,` `27,98`). */
export function readSwiftAmount(written: string): number | null {
  if (!/^\d+(,\d*)?$/.test(written)) return null;
  const cents = parseAmountToCents(written, ',');
  return cents.ok ? cents.value : null;
}
