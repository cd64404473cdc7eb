import { ok, type Result } from '../../result/result.ts';
import type {
  ParsedAccount,
  ParsedBalance,
  ParsedTransaction,
  StatementError,
  StatementNotice,
} from '../statement-types.ts';
import { readAccountId, type Mt940AccountId } from './mt940-account-id.ts';
import { readBalance, type Mt940Balance } from './mt940-balance.ts';
import { readDetails } from './mt940-details.ts';
import type { Mt940Field } from './mt940-fields.ts';
import {
  balanceMismatch,
  missingBefore,
  statementGap,
  unclosedStatement,
} from './mt940-problems.ts';
import { readStatementLine } from './mt940-statement-line.ts';
import type { Mt940Step } from './mt940-steps.ts';
import { toTransaction } from './mt940-transaction.ts';

interface AccountBuilder {
  readonly id: Mt940AccountId;
  readonly balances: ParsedBalance[];
  readonly transactions: ParsedTransaction[];
  currency: string | null;
}

interface OpenStatement {
  readonly opening: Mt940Balance;
  readonly field: Mt940Field;
  total: number;
}

/**
 * Walks statement by statement (`:60F:`/`:60M:` … `:62M:`/`:62F:`). Statements with the same
 * `:25:` make one account, so one statement split over several messages by intermediate balances
 * stays one account; each part must satisfy opening + Σ `:61:` = closing.
 */
export function readStatements(
  steps: readonly Mt940Step[],
): Result<{ accounts: ParsedAccount[]; notices: StatementNotice[] }, StatementError> {
  const accounts = new Map<string, AccountBuilder>();
  const notices: StatementNotice[] = [];
  let account: AccountBuilder | null = null;
  let open: OpenStatement | null = null;

  for (const step of steps) {
    const { field } = step;
    if (step.kind === 'account') {
      const id = readAccountId(field.lines.join(''));
      account = accounts.get(id.ref) ?? { id, balances: [], transactions: [], currency: null };
      accounts.set(id.ref, account);
      continue;
    }
    if (account === null) return missingBefore(field, ':25: account identification');

    if (step.kind === 'available') {
      const available = readBalance(field);
      if (!available.ok) return available;
      account.balances.push(balanceOf(available.value, 'AVAILABLE'));
    } else if (step.kind === 'opening') {
      if (open !== null) return unclosedStatement(open.field);
      const opening = readBalance(field);
      if (!opening.ok) return opening;
      open = { opening: opening.value, field, total: 0 };
      account.currency ??= opening.value.currency;
      const previous = account.balances.at(-1);
      if (previous !== undefined && previous.amountCents !== opening.value.amountCents) {
        notices.push(statementGap(field, account.id.ref));
      }
      // :60M: repeats the :62M: that ended the previous part of the statement: keep it once.
      const isRepeat =
        !step.isFinal &&
        previous?.kind === 'INTERMEDIATE' &&
        previous.amountCents === opening.value.amountCents;
      if (!isRepeat) {
        account.balances.push(balanceOf(opening.value, step.isFinal ? 'OPENING' : 'INTERMEDIATE'));
      }
    } else if (step.kind === 'line') {
      if (open === null) return missingBefore(field, ':60F: opening balance');
      const statementLine = readStatementLine(field);
      if (!statementLine.ok) return statementLine;
      const { warning } = statementLine.value;
      if (warning !== null) notices.push({ line: field.line, message: warning });
      const details = step.details ? readDetails(step.details.lines) : null;
      const currency = open.opening.currency;
      account.transactions.push(toTransaction(statementLine.value, details, currency, field.line));
      open.total += statementLine.value.amountCents;
    } else {
      if (open === null) return missingBefore(field, ':60F: opening balance');
      const closing = readBalance(field);
      if (!closing.ok) return closing;
      if (open.opening.amountCents + open.total !== closing.value.amountCents) {
        return balanceMismatch(field, open.opening, open.total, closing.value);
      }
      account.balances.push(balanceOf(closing.value, step.isFinal ? 'CLOSING' : 'INTERMEDIATE'));
      open = null;
    }
  }
  if (open !== null) return unclosedStatement(open.field);
  return ok({ accounts: [...accounts.values()].map(toAccount), notices });
}

function balanceOf(balance: Mt940Balance, kind: ParsedBalance['kind']): ParsedBalance {
  return { kind, date: balance.date, amountCents: balance.amountCents, currency: balance.currency };
}

function toAccount(builder: AccountBuilder): ParsedAccount {
  return {
    ref: builder.id.ref,
    iban: builder.id.iban,
    bankId: builder.id.bankId,
    kind: 'UNKNOWN',
    name: null,
    currency: builder.currency ?? 'EUR',
    balances: builder.balances,
    transactions: builder.transactions,
  };
}
