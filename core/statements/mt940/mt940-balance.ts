import type { CalendarDate } from '../../dates/calendar-date.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type { StatementError } from '../statement-types.ts';
import { readSwiftAmount } from './mt940-amount.ts';
import { dateOf, readYymmdd } from './mt940-dates.ts';
import type { Mt940Field } from './mt940-fields.ts';

export interface Mt940Balance {
  readonly date: CalendarDate;
  readonly currency: string;
  readonly amountCents: number;
}

const BALANCE = /^([CD])(\d{6})([A-Z]{3})(\d+(?:,\d*)?)$/;

/** `:60F:`, `:62M:`, `:64:`…: `C261102EUR3120,00` (D for a negative balance). */
export function readBalance(field: Mt940Field): Result<Mt940Balance, StatementError> {
  const written = (field.lines[0] ?? '').trim();
  const match = BALANCE.exec(written);
  const parts = match ? readYymmdd(match[2] ?? '') : null;
  const date = parts ? dateOf(parts) : null;
  const cents = match ? readSwiftAmount(match[4] ?? '') : null;
  if (!match || date === null || cents === null) {
    const message = `:${field.tag}: "${written}" is not (C|D)YYMMDD, currency, amount`;
    return err({
      code: match && date === null ? 'BAD_DATE' : 'MALFORMED',
      line: field.line,
      message,
    });
  }
  return ok({ date, currency: match[3] ?? 'EUR', amountCents: match[1] === 'D' ? -cents : cents });
}
