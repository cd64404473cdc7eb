import type { CalendarDate } from '../../dates/calendar-date.ts';
import type {
  ParsedAccount,
  ParsedAccountKind,
  ParsedBalance,
  ParsedTransaction,
  StatementNotice,
} from '../statement-types.ts';
import type { AccountHead } from './csv-preset.ts';
import { notice } from './statement-errors.ts';

/** An account being filled row by row. */
export interface AccountDraft {
  readonly head: AccountHead;
  readonly transactions: ParsedTransaction[];
  /** Running balances of booked rows, in file order. */
  readonly runningBalances: { date: CalendarDate; cents: number; currency: string }[];
}

export function newDraft(head: AccountHead): AccountDraft {
  return { head, transactions: [], runningBalances: [] };
}

/** Savings products by the name banks give them. */
export function kindFromName(name: string, fallback: ParsedAccountKind): ParsedAccountKind {
  return /\b(livret|epargne|épargne|ldds?|pel|cel)\b/i.test(name) ? 'SAVINGS' : fallback;
}

export function finishAccount(draft: AccountDraft, notices: StatementNotice[]): ParsedAccount {
  const { head, transactions } = draft;
  if (head.expectedCount !== null && head.expectedCount !== transactions.length) {
    const counts = `announces ${head.expectedCount} rows, the file holds ${transactions.length}`;
    notices.push(notice(null, `${head.ref ?? 'account'}: the bank ${counts}`));
  }

  const hasClosing = head.balances.some((balance) => balance.kind === 'CLOSING');
  const latest = hasClosing ? null : latestRunningBalance(draft);
  const balances: ParsedBalance[] = [...head.balances];
  if (latest)
    balances.push({
      kind: 'CLOSING',
      date: latest.date,
      amountCents: latest.cents,
      currency: latest.currency,
    });

  return {
    ref: head.ref,
    iban: null,
    bankId: null,
    kind: head.kind,
    name: head.name,
    currency: head.currency,
    balances,
    transactions,
  };
}

/**
 * The balance after the latest booked row. Banks list newest first or oldest first; rows of the
 * same day keep the file's own order, so the direction of the file decides among them.
 */
function latestRunningBalance(draft: AccountDraft): AccountDraft['runningBalances'][number] | null {
  const entries = draft.runningBalances;
  const first = entries[0];
  const last = entries[entries.length - 1];
  if (!first || !last) return null;
  const isNewestFirst = first.date > last.date;

  let latest = first;
  for (const entry of entries) {
    if (entry.date > latest.date || (entry.date === latest.date && !isNewestFirst)) latest = entry;
  }
  return latest;
}
