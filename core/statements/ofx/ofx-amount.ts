import { parseAmountToCents, type AmountError } from '../../money/parse-amount.ts';
import type { Result } from '../../result/result.ts';

/**
 * Reads a TRNAMT/BALAMT into cents. OFX allows `.` or `,` as the decimal mark, even mixed in one
 * file (B18), and no thousands separator, so a lone mark is always the decimal one: `-7.5` is
 * -7,50 and `1,250` is 1,25. Extra zero decimals (`-9.50000`, B19) are accepted by the reader.
 */
export function parseOfxAmount(text: string): Result<number, AmountError> {
  const hasComma = text.includes(',');
  const hasDot = text.includes('.');
  const mark = hasComma && !hasDot ? ',' : hasDot && !hasComma ? '.' : 'auto';
  return parseAmountToCents(text, mark);
}
