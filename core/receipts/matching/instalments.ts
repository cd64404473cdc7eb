import { addDays, daysBetween } from '../../dates/calendar-date.ts';
import { targetAmounts } from './amount-fit.ts';
import type { Candidate, MatchSettings, ReceiptFacts, TransactionFacts } from './match-types.ts';
import { fitReferences } from './reference-fit.ts';
import { partyScore, round } from './score-candidate.ts';

// Instalments run longer than one payment: three monthly debits for one invoice.
const WINDOW_FACTOR = 3;
const MAX_POOL = 12;

/**
 * One receipt paid in several transactions of the same party whose amounts add up exactly to
 * the total. The pool is the few best-named payments in the window, so the search stays small.
 */
export function findInstalments(
  receipt: ReceiptFacts,
  transactions: readonly TransactionFacts[],
  settings: MatchSettings,
): Candidate[] {
  const [target] = targetAmounts(receipt);
  const issue = receipt.issueDate;
  if (target === undefined || !issue || receipt.currency !== 'EUR' || settings.maxInstalments < 2)
    return [];
  const end = addDays(issue, settings.windowDays * WINDOW_FACTOR);

  const pool = transactions
    .filter((transaction) => Math.sign(transaction.remainingCents) === Math.sign(target))
    .filter((transaction) => Math.abs(transaction.remainingCents) < Math.abs(target))
    .filter((transaction) => {
      const date = transaction.operationDate ?? transaction.bookingDate;
      return (
        daysBetween(addDays(issue, -settings.earlyDays), date) >= 0 && daysBetween(date, end) >= 0
      );
    })
    .map((transaction) => {
      const references = fitReferences(receipt, transaction);
      return { transaction, references, name: partyScore(receipt, transaction, references) };
    })
    .filter((item) => item.name >= 0.5 && !item.references.conflict)
    .sort((a, b) => b.name - a.name)
    .slice(0, MAX_POOL);

  const found: Candidate[] = [];
  const search = (start: number, chosen: typeof pool, sum: number) => {
    if (sum === target && chosen.length >= 2) {
      found.push(candidateOf(chosen));
      return;
    }
    if (chosen.length >= settings.maxInstalments || found.length >= 5) return;
    for (let at = start; at < pool.length; at += 1) {
      const item = pool[at] as (typeof pool)[number];
      const next = sum + item.transaction.remainingCents;
      if (Math.abs(next) <= Math.abs(target)) search(at + 1, [...chosen, item], next);
    }
  };
  search(0, [], 0);
  return found;
}

function candidateOf(
  chosen: ReadonlyArray<{
    transaction: TransactionFacts;
    name: number;
    references: { quoted: boolean };
  }>,
): Candidate {
  const name = Math.min(...chosen.map((item) => item.name));
  const quoted = chosen.some((item) => item.references.quoted);
  return {
    kind: 'instalments',
    allocations: chosen.map((item) => ({
      transactionId: item.transaction.id,
      cents: item.transaction.remainingCents,
    })),
    feeTransactionIds: [],
    confidence: round(Math.min(0.99, 0.4 + 0.3 * name + 0.15 + (quoted ? 0.15 : 0))),
    writeOffCents: 0,
    reasons: [
      `${chosen.length} paiements dont la somme fait le total`,
      `nom ${Math.round(name * 100)} %`,
    ],
  };
}
