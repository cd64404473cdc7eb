import type { Database } from '../db/prisma-client.ts';
import { applyMatch, type AppliedMatch } from './apply-match.ts';
import { targetAmounts } from './matching/amount-fit.ts';
import type { MatchContext } from './matching/find-candidates.ts';
import type { Candidate, TransactionFacts } from './matching/match-types.ts';
import { loadTransactionFacts } from './open-transactions.ts';
import { decideForReceipt } from './receipt-decision.ts';
import { ReceiptNotFoundError, TransactionNotMatchableError } from './receipt-errors.ts';
import { fieldsFromJson, receiptFactsOf } from './receipt-facts.ts';

export interface ConfirmInput {
  readonly receiptId: string;
  /** The transaction(s) the user chose: one payment, or the instalments of one invoice. */
  readonly transactionIds: readonly string[];
}

/**
 * The user's choice: the receipt justifies these transactions. The matching candidate is used
 * when there is one (it carries the rounding write-off and the fee line); otherwise each chosen
 * transaction is justified for what is left of it, up to the receipt's total.
 */
export async function confirmMatch(
  db: Database,
  freelancerId: string,
  input: ConfirmInput,
  context: MatchContext = {},
): Promise<AppliedMatch> {
  const receipt = await db.receipt.findFirst({ where: { id: input.receiptId, freelancerId } });
  if (!receipt) throw new ReceiptNotFoundError(input.receiptId);
  const wanted = [...new Set(input.transactionIds)];
  const transactions = await loadTransactionFacts(db, freelancerId, { ids: wanted });
  const open = transactions.filter((transaction) => transaction.remainingCents !== 0);
  if (wanted.length === 0 || open.length !== wanted.length) {
    throw new TransactionNotMatchableError(
      wanted.filter((id) => !open.some((row) => row.id === id)),
    );
  }

  const decision = await decideForReceipt(db, freelancerId, receipt.id, context);
  const same = (candidate: Candidate) =>
    candidate.allocations.length === wanted.length &&
    candidate.allocations.every((allocation) => wanted.includes(allocation.transactionId));
  const chosen = decision.candidates.find(same);
  const facts = receiptFactsOf(receipt.id, fieldsFromJson(receipt.fields));
  const target = facts && facts.currency === 'EUR' ? targetAmounts(facts)[0] : undefined;
  return applyMatch(db, receipt.id, chosen ?? userCandidate(open, target), 'USER');
}

function userCandidate(
  transactions: readonly TransactionFacts[],
  target: number | undefined,
): Candidate {
  let left = target === undefined ? Number.POSITIVE_INFINITY : Math.abs(target);
  const allocations = transactions.map((transaction) => {
    const share = Math.min(Math.abs(transaction.remainingCents), left);
    left -= share;
    return { transactionId: transaction.id, cents: Math.sign(transaction.remainingCents) * share };
  });
  return {
    kind: 'stated',
    allocations: allocations.filter((allocation) => allocation.cents !== 0),
    feeTransactionIds: [],
    confidence: 1,
    writeOffCents: 0,
    reasons: ["choix de l'utilisateur"],
  };
}
