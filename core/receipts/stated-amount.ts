import type { Database } from '../db/prisma-client.ts';
import { addDays, type CalendarDate } from '../dates/calendar-date.ts';
import { applyMatch } from './apply-match.ts';
import type { Candidate, MatchDecision, TransactionFacts } from './matching/match-types.ts';
import { loadTransactionFacts } from './open-transactions.ts';
import { ReceiptNotFoundError } from './receipt-errors.ts';

export interface StatedAmount {
  readonly receiptId: string;
  /** What the user typed, positive euro cents ("18,40" → 1840). */
  readonly amountCents: number;
  /** The day of the payment if the user said it. */
  readonly date?: CalendarDate;
  /** A recette the user cashed; a dépense by default. */
  readonly direction?: 'expense' | 'income';
}

const DAYS_AROUND = 7;
const MAX_CHOICES = 10;

/**
 * For a receipt nothing could be read from: the amount the user gives picks the payment. One
 * open transaction with exactly that amount is matched; several are offered, latest first.
 */
export async function matchStatedAmount(
  db: Database,
  freelancerId: string,
  input: StatedAmount,
): Promise<{ decision: MatchDecision; matchedTransactionIds: readonly string[] }> {
  const receipt = await db.receipt.findFirst({ where: { id: input.receiptId, freelancerId } });
  if (!receipt) throw new ReceiptNotFoundError(input.receiptId);
  await db.receipt.update({
    where: { id: receipt.id },
    data: { statedCents: BigInt(input.amountCents) },
  });

  const signed = (input.direction === 'income' ? 1 : -1) * Math.abs(input.amountCents);
  const transactions = await loadTransactionFacts(db, freelancerId, {
    amountCents: signed,
    ...(input.date
      ? { from: addDays(input.date, -DAYS_AROUND), to: addDays(input.date, DAYS_AROUND) }
      : {}),
  });
  const open = transactions
    .filter((transaction) => transaction.remainingCents === signed)
    .sort((a, b) => (a.bookingDate < b.bookingDate ? 1 : -1))
    .slice(0, MAX_CHOICES);
  const candidates = open.map((transaction) => candidateOf(transaction, open.length));

  const [only] = candidates;
  if (only && candidates.length === 1) {
    const applied = await applyMatch(db, receipt.id, only, 'USER');
    return {
      decision: { outcome: 'matched', best: only, candidates },
      matchedTransactionIds: applied.transactionIds,
    };
  }
  await db.receipt.update({
    where: { id: receipt.id },
    data: { status: candidates.length > 0 ? 'TO_CHOOSE' : 'UNMATCHED' },
  });
  return {
    decision:
      candidates.length > 0
        ? { outcome: 'choose', candidates }
        : { outcome: 'unmatched', candidates: [] },
    matchedTransactionIds: [],
  };
}

function candidateOf(transaction: TransactionFacts, count: number): Candidate {
  return {
    kind: 'stated',
    allocations: [{ transactionId: transaction.id, cents: transaction.remainingCents }],
    feeTransactionIds: [],
    confidence: count === 1 ? 0.9 : 0.6,
    writeOffCents: 0,
    reasons: ['montant indiqué par vous'],
  };
}
