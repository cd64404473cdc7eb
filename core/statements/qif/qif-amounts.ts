import type { DecimalMark } from '../../money/parse-amount.ts';

/**
 * The decimal mark of the whole file, from the amounts that show it (`-1,250.00` → `.`,
 * `2 400,00` → `,`), so that a lone `1,250` is read the same way as its neighbours. `auto` when
 * the file shows none or both.
 */
export function decideDecimalMark(amounts: readonly string[]): DecimalMark {
  let commas = 0;
  let dots = 0;
  for (const amount of amounts) {
    const text = amount.replace(/[\s\u00a0\u202f']/g, '');
    const comma = text.lastIndexOf(',');
    const dot = text.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      if (comma > dot) commas++;
      else dots++;
    } else if (/,\d{1,2}$/.test(text)) commas++;
    else if (/\.\d{1,2}$/.test(text)) dots++;
  }
  if (commas > 0 && dots === 0) return ',';
  if (dots > 0 && commas === 0) return '.';
  return 'auto';
}
