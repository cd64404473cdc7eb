import { err, ok, type Result } from '../result/result.ts';

export type DecimalMark = ',' | '.' | 'auto';

export interface AmountError {
  readonly code: 'BAD_AMOUNT';
  readonly value: string;
  readonly reason: string;
}

const SPACES = /[\s\u00a0\u202f\u2009']/g;
const CURRENCY_DECORATION = /(€|EUR|eur|EUROS?)$/;

/**
 * Reads a bank's written amount into integer cents without ever going through a float.
 * Accepts signs (`-`, `+`, trailing minus, parentheses), space/NBSP/NNBSP thousands, a currency
 * suffix, and more than two decimals only when the extra digits are zeros (`-9.50000`).
 * With `auto`, a lone `,` or `.` followed by 1–2 digits is the decimal mark (OFX allows both).
 */
export function parseAmountToCents(
  input: string,
  decimalMark: DecimalMark = 'auto',
): Result<number, AmountError> {
  const fail = (reason: string) => err<AmountError>({ code: 'BAD_AMOUNT', value: input, reason });
  let text = input.trim().replace(CURRENCY_DECORATION, '').trim();
  if (text === '') return fail('empty amount');

  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1).trim();
  }
  if (text.startsWith('-') || text.startsWith('+')) {
    if (text.startsWith('-')) negative = !negative;
    text = text.slice(1).trim();
  }
  text = text.replace(SPACES, '');
  if (!/^[0-9.,]+$/.test(text) || !/[0-9]/.test(text)) return fail('not a number');

  const split = splitDecimal(text, decimalMark);
  if (!split) return fail('ambiguous or misplaced decimal and thousands marks');
  const { units, fraction } = split;
  if (!/^\d+$/.test(units) && units !== '') return fail('not a number');
  if (fraction.length > 2 && !/^0+$/.test(fraction.slice(2))) {
    return fail('more precision than a cent');
  }
  const cents = Number(units || '0') * 100 + Number(fraction.slice(0, 2).padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) return fail('too large');
  return ok(negative && cents !== 0 ? -cents : cents);
}

function splitDecimal(
  text: string,
  decimalMark: DecimalMark,
): { units: string; fraction: string } | null {
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let mark: ',' | '.' | null;

  if (decimalMark === 'auto') {
    if (lastComma >= 0 && lastDot >= 0) mark = lastComma > lastDot ? ',' : '.';
    else if (lastComma >= 0) mark = isDecimalTail(text, lastComma) ? ',' : null;
    else if (lastDot >= 0)
      mark = isDecimalTail(text, lastDot) || countOf(text, '.') === 1 ? '.' : null;
    else mark = null;
  } else {
    mark = decimalMark;
  }

  if (mark === null) {
    // Only thousands separators (or none): `1,250` in auto mode is ambiguous unless grouped.
    const thousands = lastComma >= 0 ? ',' : '.';
    if (lastComma < 0 && lastDot < 0) return { units: text, fraction: '' };
    if (!isGrouped(text, thousands)) return null;
    return { units: text.split(thousands).join(''), fraction: '' };
  }

  const at = text.lastIndexOf(mark);
  if (at < 0) {
    const other = mark === ',' ? '.' : ',';
    if (text.includes(other) && !isGrouped(text, other)) return null;
    return { units: text.split(other).join(''), fraction: '' };
  }
  const before = text.slice(0, at);
  const fraction = text.slice(at + 1);
  if (!/^\d*$/.test(fraction) || before.includes(mark)) return null;
  const other = mark === ',' ? '.' : ',';
  if (before.includes(other) && !isGrouped(before, other)) return null;
  return { units: before.split(other).join(''), fraction };
}

function isDecimalTail(text: string, at: number): boolean {
  const tail = text.length - at - 1;
  return tail >= 1 && tail <= 2 ? true : tail > 3;
}

function countOf(text: string, char: string): number {
  return text.split(char).length - 1;
}

function isGrouped(text: string, separator: string): boolean {
  const groups = text.split(separator);
  return groups.every((group, index) =>
    index === 0 ? /^\d{1,3}$/.test(group) : /^\d{3}$/.test(group),
  );
}
