import type { AmountFit } from './amount-fit.ts';
import type { Candidate, ReceiptFacts, TransactionFacts } from './match-types.ts';
import { nameSimilarity } from './name-similarity.ts';
import type { ReferenceFit } from './reference-fit.ts';

// Weights of the evidence. The amount alone never reaches the ask threshold: a same-amount
// debit of another company 33 days later (the Nuagerie trap) stays unmatched.
const WEIGHT = {
  amount: 0.5,
  date: 0.2,
  name: 0.3,
  quoted: 0.15,
  sameParty: 0.05,
  otherPeriod: -0.3,
};
const MAX_CONFIDENCE = 0.99;

export interface Evidence {
  readonly amount: AmountFit;
  readonly date: number;
  readonly references: ReferenceFit;
}

/** The counterparty match, 0 to 1; the same SEPA creditor id or mandate is the same party. */
export function partyScore(
  receipt: ReceiptFacts,
  transaction: TransactionFacts,
  references: ReferenceFit,
): number {
  if (references.sameParty) return 1;
  return nameSimilarity(receipt.partyNames, transaction.rawLabel);
}

export function scoreCandidate(
  receipt: ReceiptFacts,
  transaction: TransactionFacts,
  evidence: Evidence,
  feeTransactionIds: readonly string[],
): Candidate {
  const name = partyScore(receipt, transaction, evidence.references);
  const raw =
    WEIGHT.amount * evidence.amount.score +
    WEIGHT.date * evidence.date +
    WEIGHT.name * name +
    (evidence.references.quoted ? WEIGHT.quoted : 0) +
    (evidence.references.sameParty ? WEIGHT.sameParty : 0) +
    (evidence.references.otherPeriod ? WEIGHT.otherPeriod : 0);
  return {
    kind: evidence.amount.kind,
    allocations: [{ transactionId: transaction.id, cents: evidence.amount.allocatedCents }],
    feeTransactionIds,
    confidence: round(Math.min(MAX_CONFIDENCE, Math.max(0, raw))),
    writeOffCents: evidence.amount.writeOffCents,
    reasons: [
      evidence.amount.reason,
      `date ${Math.round(evidence.date * 100)} %`,
      `nom ${Math.round(name * 100)} %`,
      ...evidence.references.reasons,
    ],
  };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
