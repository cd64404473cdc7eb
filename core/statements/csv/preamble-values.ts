import type { CalendarDate } from '../../dates/calendar-date.ts';
import { parseAmountToCents } from '../../money/parse-amount.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type { ParsedBalance, StatementError } from '../statement-types.ts';
import { parseDayFirst } from './csv-dates.ts';
import { badAmount, badDate } from './statement-errors.ts';

/** Reading the values banks write above the header: a balance, its date, an account number. */

export function preambleAmount(
  text: string,
  decimalMark: ',' | '.',
  line: number,
  what: string,
): Result<number, StatementError> {
  const parsed = parseAmountToCents(text, decimalMark);
  return parsed.ok ? parsed : err(badAmount(line, what, text, parsed.error.reason));
}

export function preambleDate(
  text: string,
  line: number,
  what: string,
): Result<CalendarDate, StatementError> {
  const date = parseDayFirst(text);
  return date ? ok(date) : err(badDate(line, what, text));
}

/** A balance written `14558,11 EUR`: amount and currency, currency EUR when not written. */
export function closingBalance(
  text: string,
  dateText: string,
  line: number,
): Result<ParsedBalance, StatementError> {
  const currency = /\b([A-Z]{3})\s*$/.exec(text.trim())?.[1] ?? 'EUR';
  const amount = preambleAmount(text.trim().replace(/[A-Z]{3}\s*$/, ''), ',', line, 'balance');
  if (!amount.ok) return amount;
  const date = preambleDate(dateText, line, 'balance date');
  if (!date.ok) return date;
  return ok({ kind: 'CLOSING', date: date.value, amountCents: amount.value, currency });
}
