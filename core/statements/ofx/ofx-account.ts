import type { CalendarDate } from '../../dates/calendar-date.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type {
  ParsedAccount,
  ParsedAccountKind,
  ParsedBalance,
  ParsedTransaction,
  StatementError,
  StatementNotice,
} from '../statement-types.ts';
import { parseOfxAmount } from './ofx-amount.ts';
import { parseOfxDate } from './ofx-dates.ts';
import { childOf, leafText, leafValue, type OfxElement } from './ofx-element.ts';
import { readOfxTransaction } from './ofx-transaction.ts';

const ACCOUNT_TYPES: Readonly<Record<string, ParsedAccountKind>> = {
  CHECKING: 'CHECKING',
  SAVINGS: 'SAVINGS',
  MONEYMRKT: 'SAVINGS',
};

const BALANCE_TAGS = [
  ['LEDGERBAL', 'CLOSING'],
  ['AVAILBAL', 'AVAILABLE'],
] as const;

/**
 * One STMTRS (bank) or CCSTMTRS (card, a deferred-debit account) as an account. Never invents
 * what the file leaves empty: no ACCTID is a null ref, an empty BALAMT is no balance.
 */
export function readOfxAccount(
  statement: OfxElement,
  notices: StatementNotice[],
): Result<ParsedAccount, StatementError[]> {
  const isCard = statement.name === 'CCSTMTRS';
  const from = childOf(statement, 'BANKACCTFROM') ?? childOf(statement, 'CCACCTFROM');
  const ref = leafValue(from, 'ACCTID');
  if (ref === null) {
    const message = 'ACCTID is empty: the file does not say which account this is';
    notices.push({ line: from?.line ?? statement.line, message });
  }

  const declared = leafValue(statement, 'CURDEF')?.toUpperCase() ?? null;
  const currency = declared ?? 'EUR';
  if (declared === null) {
    const line = childOf(statement, 'CURDEF')?.line ?? statement.line;
    notices.push({ line, message: 'CURDEF is empty: EUR assumed' });
  }

  const problems: StatementError[] = [];
  const list = childOf(statement, 'BANKTRANLIST');
  const transactions: ParsedTransaction[] = [];
  for (const element of list?.children ?? []) {
    if (element.name !== 'STMTTRN') continue;
    const transaction = readOfxTransaction(element, currency);
    if (transaction.ok) transactions.push(transaction.value);
    else problems.push(...transaction.error);
  }

  const fallbackDate = leafValue(list, 'DTEND');
  const balances: ParsedBalance[] = [];
  for (const [tag, kind] of BALANCE_TAGS) {
    const balance = readBalance(childOf(statement, tag), fallbackDate, notices, problems);
    if (balance) balances.push({ kind, currency, ...balance });
  }
  if (problems.length > 0) return err(problems);

  return ok({
    ref,
    iban: null,
    bankId: leafValue(from, 'BANKID'),
    kind: isCard ? 'DEFERRED_CARD' : (ACCOUNT_TYPES[leafText(from, 'ACCTTYPE') ?? ''] ?? 'UNKNOWN'),
    name: null,
    currency,
    balances,
    transactions,
  });
}

function readBalance(
  element: OfxElement | null,
  fallbackDate: string | null,
  notices: StatementNotice[],
  problems: StatementError[],
): { date: CalendarDate; amountCents: number } | null {
  if (!element) return null;
  const amountText = leafValue(element, 'BALAMT');
  if (amountText === null) {
    notices.push({
      line: element.line,
      message: `${element.name} has an empty BALAMT: no balance`,
    });
    return null;
  }
  const amount = parseOfxAmount(amountText);
  if (!amount.ok) {
    const message = `BALAMT "${amountText}" is not an amount (${amount.error.reason})`;
    problems.push({ code: 'BAD_AMOUNT', line: childOf(element, 'BALAMT')?.line ?? null, message });
    return null;
  }

  // A balance without DTASOF is as of the end of the statement period.
  const dateText = leafValue(element, 'DTASOF') ?? fallbackDate;
  if (dateText === null) {
    notices.push({ line: element.line, message: `${element.name} has no DTASOF: balance ignored` });
    return null;
  }
  const date = parseOfxDate(dateText);
  if (!date.ok) {
    const line = childOf(element, 'DTASOF')?.line ?? element.line;
    problems.push({ code: 'BAD_DATE', line, message: `DTASOF ${date.error}` });
    return null;
  }
  return { date: date.value, amountCents: amount.value };
}
