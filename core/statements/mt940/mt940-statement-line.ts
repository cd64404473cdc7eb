import type { CalendarDate } from '../../dates/calendar-date.ts';
import { formatFrenchDate } from '../../dates/calendar-date.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type { StatementError } from '../statement-types.ts';
import { readSwiftAmount } from './mt940-amount.ts';
import { dateOf, entryDateNear, readYymmdd } from './mt940-dates.ts';
import type { Mt940Field } from './mt940-fields.ts';

/** One `:61:` statement line. */
export interface Mt940StatementLine {
  readonly bookingDate: CalendarDate;
  readonly valueDate: CalendarDate | null;
  /** Signed cents: C and RD are money in, D and RC money out. */
  readonly amountCents: number;
  readonly transactionType: string;
  readonly customerRef: string | null;
  readonly bankRef: string | null;
  /** Supplementary details: the text after the line, or on the lines below it. */
  readonly supplementary: string | null;
  /** Set when the value date does not exist and the entry date was used instead. */
  readonly warning: string | null;
}

// value YYMMDD, entry MMDD, mark, funds code, amount, type (N/F/S + 3), references.
const STATEMENT_LINE =
  /^(\d{6})(\d{4})?(RC|RD|EC|ED|C|D)([A-Z])?(\d+(?:,\d*)?)([NFS][A-Z0-9]{3})(.*)$/;

// A reversal of a credit takes money out, a reversal of a debit brings it back.
const SIGNS: Readonly<Record<string, 1 | -1>> = { C: 1, EC: 1, RD: 1, D: -1, ED: -1, RC: -1 };

export function readStatementLine(field: Mt940Field): Result<Mt940StatementLine, StatementError> {
  const line = field.line;
  const written = (field.lines[0] ?? '').trim();
  const match = STATEMENT_LINE.exec(written);
  if (!match) {
    const message = `:61: "${written}" is not YYMMDD[MMDD](C|D|RC|RD)amount,type reference`;
    return err({ code: 'MALFORMED', line, message });
  }
  const [, valueText = '', entryText, mark = '', , amountText = '', type = '', rest = ''] = match;

  const amount = readSwiftAmount(amountText);
  if (amount === null) {
    return err({
      code: 'BAD_AMOUNT',
      line,
      message: `:61: amount "${amountText}" is not a number`,
    });
  }

  const valueParts = readYymmdd(valueText);
  if (valueParts === null) {
    return err({ code: 'BAD_DATE', line, message: `:61: value date "${valueText}" is not YYMMDD` });
  }
  const valueDate = dateOf(valueParts);
  const entryDate = entryText === undefined ? null : entryDateNear(entryText, valueParts);
  if (entryText !== undefined && entryDate === null) {
    return err({ code: 'BAD_DATE', line, message: `:61: entry date "${entryText}" is not MMDD` });
  }
  const bookingDate = entryDate ?? valueDate;
  if (bookingDate === null) {
    const message = `:61: value date "${valueText}" does not exist and there is no entry date`;
    return err({ code: 'BAD_DATE', line, message });
  }
  const warning =
    valueDate === null
      ? `:61: value date "${valueText}" does not exist; booked on the entry date ` +
        `${formatFrenchDate(bookingDate)}, value date left empty`
      : null;

  const [customerRef = '', bankRef = ''] = rest.split('//');
  const supplementary = [bankRef.slice(16), ...field.lines.slice(1)]
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return ok({
    bookingDate,
    valueDate,
    amountCents: (SIGNS[mark] ?? 1) * amount,
    transactionType: type,
    customerRef: usable(customerRef),
    bankRef: usable(bankRef.slice(0, 16)),
    supplementary: supplementary.length > 0 ? supplementary.join(' ') : null,
    warning,
  });
}

function usable(ref: string): string | null {
  const trimmed = ref.trim();
  return trimmed === '' || trimmed.toUpperCase() === 'NONREF' ? null : trimmed;
}
