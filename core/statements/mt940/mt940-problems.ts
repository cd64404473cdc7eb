import { formatMoney } from '../../money/money.ts';
import { err, type Err } from '../../result/result.ts';
import type { StatementError, StatementNotice } from '../statement-types.ts';
import type { Mt940Balance } from './mt940-balance.ts';
import type { Mt940Field } from './mt940-fields.ts';

export function missingBefore(field: Mt940Field, what: string): Err<StatementError> {
  const message = `:${field.tag}: comes before any ${what}; the statement is incomplete`;
  return err({ code: 'MISSING_FIELD', line: field.line, message });
}

export function unclosedStatement(opening: Mt940Field): Err<StatementError> {
  const message =
    `the statement opened by :${opening.tag}: on line ${opening.line} has no closing balance ` +
    '(:62F: or :62M:); the file looks cut off';
  return err({ code: 'TRUNCATED', line: opening.line, message });
}

export function balanceMismatch(
  field: Mt940Field,
  opening: Mt940Balance,
  total: number,
  closing: Mt940Balance,
): Err<StatementError> {
  const money = (cents: number) => formatMoney(cents, closing.currency);
  const found = opening.amountCents + total;
  return err({
    code: 'BALANCE_MISMATCH',
    line: field.line,
    message:
      `:${field.tag}: closing balance ${money(closing.amountCents)} but opening ` +
      `${money(opening.amountCents)} + :61: lines ${money(total)} = ${money(found)} ` +
      `(difference ${money(closing.amountCents - found)}); a :61: line is missing or misread`,
  });
}

export function statementGap(opening: Mt940Field, account: string): StatementNotice {
  const message =
    `:${opening.tag}: of account ${account} does not continue the balance before it; ` +
    'a statement may be missing between the two';
  return { line: opening.line, message };
}
