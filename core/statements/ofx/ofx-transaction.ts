import { calendarDate, type CalendarDate } from '../../dates/calendar-date.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type { ParsedTransaction, StatementError } from '../statement-types.ts';
import { parseOfxAmount } from './ofx-amount.ts';
import { parseOfxDate } from './ofx-dates.ts';
import { childOf, leafValue, type OfxElement } from './ofx-element.ts';

// Some banks put the card date and the masked card in NAME and the merchant in MEMO:
// `281026 CB****4821` / `TAXI LYONNAIS  FR LYON 18,40EUR 1 EURO = 1,000000`.
const CARD_STUB = /^(\d{2})(\d{2})(\d{2})\s+CB\*+\d{4}$/i;

/** One STMTTRN as a booked transaction in the account's currency; every problem is reported. */
export function readOfxTransaction(
  element: OfxElement,
  currency: string,
): Result<ParsedTransaction, StatementError[]> {
  const problems: StatementError[] = [];
  const bookingDate = requiredDate(element, 'DTPOSTED', problems);
  const amountCents = requiredAmount(element, problems);
  const operationDate = optionalDate(element, 'DTUSER', problems);
  const valueDate =
    optionalDate(element, 'DTAVAIL', problems) ?? optionalDate(element, 'VALUEDATE', problems);
  if (problems.length > 0 || bookingDate === null || amountCents === null) return err(problems);

  const name = leafValue(element, 'NAME') ?? leafValue(childOf(element, 'PAYEE'), 'NAME');
  const memo = leafValue(element, 'MEMO');
  const stub = name === null ? null : CARD_STUB.exec(name);
  const label = (stub ? memo : null) ?? name ?? memo ?? leafValue(element, 'TRNTYPE') ?? '';
  const bankCategory = leafValue(element, 'CATEGORY');

  return ok({
    providerId: leafValue(element, 'FITID'),
    status: 'BOOKED',
    bookingDate,
    valueDate,
    operationDate: operationDate ?? (stub ? cardStubDate(stub) : null),
    amountCents,
    currency,
    rawLabel: [name, memo].filter((text) => text !== null).join(' | ') || label,
    label,
    counterparty: null,
    counterpartyIban: null,
    memo,
    line: element.line,
    splits: [],
    hints: bankCategory ? { bankCategory } : {},
  });
}

function requiredDate(element: OfxElement, tag: string, problems: StatementError[]) {
  if (!childOf(element, tag)?.value) {
    problems.push(missing(element, tag));
    return null;
  }
  return optionalDate(element, tag, problems);
}

function optionalDate(
  element: OfxElement,
  tag: string,
  problems: StatementError[],
): CalendarDate | null {
  const child = childOf(element, tag);
  if (!child?.value) return null;
  const date = parseOfxDate(child.value);
  if (date.ok) return date.value;
  problems.push({ code: 'BAD_DATE', line: child.line, message: `${tag} ${date.error}` });
  return null;
}

function requiredAmount(element: OfxElement, problems: StatementError[]): number | null {
  const child = childOf(element, 'TRNAMT');
  if (!child?.value) {
    problems.push(missing(element, 'TRNAMT'));
    return null;
  }
  const amount = parseOfxAmount(child.value);
  if (amount.ok) return amount.value;
  const reason = amount.error.reason;
  problems.push({
    code: 'BAD_AMOUNT',
    line: child.line,
    message: `TRNAMT "${child.value}" is not an amount (${reason})`,
  });
  return null;
}

function missing(element: OfxElement, tag: string): StatementError {
  const message = `STMTTRN opened on line ${element.line} has no ${tag}`;
  return { code: 'MISSING_FIELD', line: element.line, message };
}

function cardStubDate(stub: RegExpExecArray): CalendarDate | null {
  return calendarDate(2000 + Number(stub[3]), Number(stub[2]), Number(stub[1]));
}
