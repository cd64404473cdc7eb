import type { CalendarDate } from '../../dates/calendar-date.ts';
import type { StatementFields } from '../receipt-types.ts';
import { moneyAmounts } from './text-amounts.ts';
import { findDates } from './text-dates.ts';
import type { TextLine } from './text-lines.ts';

const TITLE =
  /\b(releve de compte|releve de vos comptes|extrait de compte|releve bancaire|account statement|bank statement)\b/;
const PERIOD = /\b(?:du|from|periode du)\s+(\S+(?: \S+ \d{4})?)\s+(?:au|to)\s+(\S+(?: \S+ \d{4})?)/;
const IBAN = /\b([A-Z]{2}\d{2}(?: ?[0-9A-Z]{4}){2,7}(?: ?[0-9A-Z]{1,4})?)\b/;

/**
 * A bank statement (relevé) rather than a receipt: a statement title with an account and a
 * period, or balances carried ("solde … au") with an IBAN. Returns null for anything else.
 */
export function readStatementText(lines: readonly TextLine[]): StatementFields | null {
  const head = lines.slice(0, 25);
  const titled = head.some((line) => TITLE.test(line.folded));
  const balances = lines.filter((line) =>
    /\b(ancien |nouveau )?solde (crediteur|debiteur|au)\b/.test(line.folded),
  );
  const period = findPeriod(head);
  if (!period || !(titled || balances.length >= 2)) return null;

  const iban = findIban(lines);
  const rib =
    /banque\s*:?\s*(\d{5}).*guichet\s*:?\s*(\d{5}).*(?:n° de compte|compte)\s*:?\s*([0-9a-z]{11})/.exec(
      lines.map((line) => line.folded).join('\n'),
    );
  const fromIban = iban?.startsWith('FR') && iban.length === 27 ? iban : null;
  const number = /\breleve n°\s*(\d+)/.exec(head.map((line) => line.folded).join('\n'))?.[1];
  return {
    bankName: lines[0]?.text ?? null,
    bankCode: rib?.[1] ?? fromIban?.slice(4, 9) ?? null,
    branchCode: rib?.[2] ?? fromIban?.slice(9, 14) ?? null,
    accountNumber: rib?.[3]?.toUpperCase() ?? fromIban?.slice(14, 25) ?? null,
    iban,
    holder: holderOf(lines),
    number: number ? `Relevé n° ${number}` : null,
    periodFrom: period.from,
    periodTo: period.to,
    openingCents: balanceOf(balances.find((line) => !/nouveau/.test(line.folded))),
    closingCents: balanceOf(
      balances.find((line) => /nouveau/.test(line.folded)) ??
        (balances.length > 1 ? balances.at(-1) : undefined),
    ),
  };
}

function findPeriod(lines: readonly TextLine[]): { from: CalendarDate; to: CalendarDate } | null {
  for (const line of lines) {
    const match = PERIOD.exec(line.folded);
    if (!match) continue;
    const dates = findDates(line.folded.slice(match.index));
    const [from, to] = dates;
    if (from && to && from.date <= to.date) return { from: from.date, to: to.date };
  }
  return null;
}

function findIban(lines: readonly TextLine[]): string | null {
  for (const line of lines) {
    if (!/\biban\b/.test(line.folded)) continue;
    const match = IBAN.exec(line.text.slice(line.folded.indexOf('iban') + 4).toUpperCase());
    const compact = match?.[1]?.replace(/\s/g, '');
    if (compact && compact.length >= 15 && !compact.includes('*')) return compact;
  }
  return null;
}

// The account holder opens the address block: the first upper-case line after the title lines.
function holderOf(lines: readonly TextLine[]): string | null {
  const start = lines.findIndex((line) => /\breleve n°|\bdu \d/.test(line.folded));
  for (const line of lines.slice(start + 1, start + 6)) {
    if (/^[A-Z][A-Z .'-]+$/.test(line.text) && !/\d/.test(line.text)) return line.text;
  }
  return null;
}

function balanceOf(line: TextLine | undefined): number | null {
  if (!line) return null;
  const amount = moneyAmounts(line.text).at(-1);
  if (!amount) return null;
  return /debiteur/.test(line.folded) ? -Math.abs(amount.cents) : amount.cents;
}
