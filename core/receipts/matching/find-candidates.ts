import { daysBetween } from '../../dates/calendar-date.ts';
import { fitAmount, targetAmounts } from './amount-fit.ts';
import { fitDate } from './date-fit.ts';
import { isFxFeeLabel, noFxRates, type FxRates } from './fx-rates.ts';
import { findInstalments } from './instalments.ts';
import {
  DEFAULT_MATCH_SETTINGS,
  type Candidate,
  type MatchDecision,
  type MatchSettings,
  type ReceiptFacts,
  type TransactionFacts,
} from './match-types.ts';
import { fitReferences } from './reference-fit.ts';
import { partyScore, round, scoreCandidate } from './score-candidate.ts';

export interface MatchContext {
  readonly settings?: Partial<MatchSettings>;
  readonly rates?: FxRates;
}

/**
 * Every transaction the receipt may justify, best first, and the decision: matched when the
 * best is above the auto threshold and clearly ahead, the user's choice between the
 * thresholds, unmatched below. Transactions already fully justified are not offered.
 */
export function matchReceipt(
  receipt: ReceiptFacts,
  transactions: readonly TransactionFacts[],
  context: MatchContext = {},
): MatchDecision {
  const settings = { ...DEFAULT_MATCH_SETTINGS, ...context.settings };
  const candidates = findCandidates(receipt, transactions, settings, context.rates ?? noFxRates);
  return decide(candidates, settings);
}

export function findCandidates(
  receipt: ReceiptFacts,
  transactions: readonly TransactionFacts[],
  settings: MatchSettings,
  rates: FxRates,
): Candidate[] {
  const open = transactions.filter((transaction) => transaction.remainingCents !== 0);
  const candidates: Candidate[] = [];

  for (const transaction of open) {
    const amount = fitAmount(receipt, transaction, settings, rates);
    if (!amount) continue;
    const date = fitDate(receipt, transaction, settings);
    const references = fitReferences(receipt, transaction);
    if (date === null || references.conflict) continue;
    const fees = amount.kind === 'fx' ? feeLinesOf(transaction, open) : [];
    candidates.push(scoreCandidate(receipt, transaction, { amount, date, references }, fees));
  }

  const hasSingle = candidates.some((candidate) => candidate.confidence >= settings.askThreshold);
  if (!hasSingle)
    candidates.push(
      ...findInstalments(receipt, open, settings),
      ...findPartial(receipt, open, settings),
    );
  return candidates.sort((a, b) => b.confidence - a.confidence);
}

export function decide(candidates: readonly Candidate[], settings: MatchSettings): MatchDecision {
  const worth = candidates.filter((candidate) => candidate.confidence >= settings.askThreshold);
  const [best, second] = worth;
  if (!best) return { outcome: 'unmatched', candidates: [] };
  const leads = !second || best.confidence - second.confidence >= settings.leadMargin;
  if (best.confidence >= settings.autoThreshold && leads)
    return { outcome: 'matched', best, candidates: worth };
  return { outcome: 'choose', candidates: worth };
}

// The card's foreign-currency fee: same account, within two days, naming the payment's amount.
function feeLinesOf(
  payment: TransactionFacts,
  transactions: readonly TransactionFacts[],
): string[] {
  const amount = (Math.abs(payment.amountCents) / 100).toFixed(2).replace('.', ',');
  return transactions
    .filter(
      (other) =>
        other.id !== payment.id &&
        other.accountId === payment.accountId &&
        isFxFeeLabel(other.rawLabel) &&
        Math.abs(daysBetween(payment.bookingDate, other.bookingDate)) <= 2 &&
        other.rawLabel.includes(amount),
    )
    .map((other) => other.id);
}

/**
 * One transaction paying several receipts: a payment of the same party larger than this
 * receipt, not yet fully justified. Offered to the user, never matched alone.
 */
function findPartial(
  receipt: ReceiptFacts,
  transactions: readonly TransactionFacts[],
  settings: MatchSettings,
): Candidate[] {
  const [target] = targetAmounts(receipt);
  if (target === undefined || receipt.currency !== 'EUR') return [];
  const found: Candidate[] = [];
  for (const transaction of transactions) {
    const remaining = transaction.remainingCents;
    if (Math.sign(remaining) !== Math.sign(target) || Math.abs(remaining) <= Math.abs(target))
      continue;
    const date = fitDate(receipt, transaction, settings);
    const references = fitReferences(receipt, transaction);
    const name = partyScore(receipt, transaction, references);
    if (date === null || references.conflict || name < 0.5) continue;
    found.push({
      kind: 'partial',
      allocations: [{ transactionId: transaction.id, cents: target }],
      feeTransactionIds: [],
      confidence: round(Math.min(settings.autoThreshold - 0.01, 0.25 + 0.3 * name + 0.2 * date)),
      writeOffCents: 0,
      reasons: ['paiement groupé : une partie du montant', `nom ${Math.round(name * 100)} %`],
    });
  }
  return found;
}
