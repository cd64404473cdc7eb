import { isCalendarDate, parisDateOf, type CalendarDate } from '../../dates/calendar-date.ts';
import { parseAmountToCents } from '../../money/parse-amount.ts';
import type { ParsedAccountKind, ParsedBalance } from '../../statements/statement-types.ts';
import type { ProviderAccount } from '../aggregator.ts';
import type { EbAccount, EbBalances } from './eb-schemas.ts';

/** ISO 20022 cash account types: current account, card account, savings. */
const ACCOUNT_KINDS: Readonly<Record<string, ParsedAccountKind>> = {
  CACC: 'CHECKING',
  TRAN: 'CHECKING',
  CARD: 'DEFERRED_CARD',
  SVGS: 'SAVINGS',
  MOMA: 'SAVINGS',
};

function kindOf(cashAccountType: string | null): ParsedAccountKind {
  return (cashAccountType && ACCOUNT_KINDS[cashAccountType]) || 'UNKNOWN';
}

export function mapEbAccount(account: EbAccount): ProviderAccount {
  const iban = account.account_id?.iban?.replace(/\s/g, '').toUpperCase() || null;
  return {
    providerAccountId: account.uid,
    iban,
    name: account.name ?? account.product ?? account.details ?? null,
    currency: account.currency.toUpperCase(),
    kind: kindOf(account.cash_account_type),
    usage: account.usage === 'ORGA' ? 'BUSINESS' : account.usage === 'PRIV' ? 'PERSONAL' : null,
  };
}

const BALANCE_KINDS: Readonly<Record<string, ParsedBalance['kind']>> = {
  OPBD: 'OPENING',
  PRCD: 'OPENING',
  CLBD: 'CLOSING',
  CLAV: 'AVAILABLE',
  ITAV: 'AVAILABLE',
  XPCD: 'AVAILABLE',
  ITBD: 'INTERMEDIATE',
};

/** Balances are signed strings; types Pointage has no use for are left out. */
export function mapEbBalances(answer: EbBalances, fetchDay: CalendarDate): ParsedBalance[] {
  const balances: ParsedBalance[] = [];
  for (const balance of answer.balances) {
    const kind = BALANCE_KINDS[balance.balance_type];
    const cents = parseAmountToCents(balance.balance_amount.amount, '.');
    if (!kind || !cents.ok) continue;
    balances.push({
      kind,
      date: balanceDate(balance.reference_date, balance.last_change_date_time) ?? fetchDay,
      amountCents: cents.value,
      currency: balance.balance_amount.currency.toUpperCase(),
    });
  }
  return balances;
}

function balanceDate(referenceDate: string | null, changedAt: string | null): CalendarDate | null {
  if (referenceDate && isCalendarDate(referenceDate)) return referenceDate;
  const instant = changedAt ? Date.parse(changedAt) : Number.NaN;
  return Number.isNaN(instant) ? null : parisDateOf(new Date(instant));
}
