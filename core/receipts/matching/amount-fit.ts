import type {
  CandidateKind,
  MatchSettings,
  ReceiptFacts,
  TransactionFacts,
} from './match-types.ts';
import { foreignAmountInLabel, type FxRates } from './fx-rates.ts';

export interface AmountFit {
  readonly kind: CandidateKind;
  /** The signed share of the transaction the receipt justifies. */
  readonly allocatedCents: number;
  readonly writeOffCents: number;
  /** 0 to 1: how well the amounts agree. */
  readonly score: number;
  readonly reason: string;
}

/** The signed euro amounts the receipt may have been paid with: the total, or what was left due. */
export function targetAmounts(receipt: ReceiptFacts): number[] {
  const total = receipt.totalCents;
  if (total === null || total === 0) return [];
  const sign = (receipt.direction === 'income' ? 1 : -1) * Math.sign(total);
  const amounts = [Math.abs(total)];
  const due = receipt.amountDueCents;
  if (due !== null && due > 0 && due < Math.abs(total)) amounts.push(due);
  return amounts.map((amount) => sign * amount);
}

/**
 * Whether one transaction pays the receipt: the same cents, a rounding gap within the tolerance,
 * or for a foreign-currency receipt the label's original amount or the day rate within the bank
 * margin. The transaction's remaining amount counts, so a second receipt can take the rest.
 */
export function fitAmount(
  receipt: ReceiptFacts,
  transaction: TransactionFacts,
  settings: MatchSettings,
  rates: FxRates,
): AmountFit | null {
  const remaining = transaction.remainingCents;
  if (receipt.currency !== 'EUR') return fitForeign(receipt, transaction, settings, rates);

  for (const target of targetAmounts(receipt)) {
    if (Math.sign(target) !== Math.sign(remaining)) continue;
    const gap = remaining - target;
    if (gap === 0)
      return {
        kind: 'exact',
        allocatedCents: remaining,
        writeOffCents: 0,
        score: 1,
        reason: 'montant exact',
      };
    if (Math.abs(gap) <= settings.roundingToleranceCents) {
      return {
        kind: 'rounding',
        allocatedCents: remaining,
        writeOffCents: gap,
        score: 0.85,
        reason: `écart d'arrondi de ${Math.abs(gap)} centime(s)`,
      };
    }
  }
  return null;
}

function fitForeign(
  receipt: ReceiptFacts,
  transaction: TransactionFacts,
  settings: MatchSettings,
  rates: FxRates,
): AmountFit | null {
  const total = receipt.totalCents;
  if (total === null || total === 0) return null;
  const sign = (receipt.direction === 'income' ? 1 : -1) * Math.sign(total);
  if (Math.sign(transaction.remainingCents) !== sign) return null;
  const paid = {
    kind: 'fx' as const,
    allocatedCents: transaction.remainingCents,
    writeOffCents: 0,
  };

  // The card label states the original amount: it must be the receipt's, to the cent.
  const stated = foreignAmountInLabel(transaction.rawLabel);
  if (stated && stated.currency === receipt.currency) {
    return stated.cents === Math.abs(total)
      ? { ...paid, score: 1, reason: `montant d'origine ${receipt.currency} exact` }
      : null;
  }
  if (stated) return null;

  const day = transaction.operationDate ?? transaction.bookingDate;
  const rate = rates.eurosPerUnit(receipt.currency, day);
  if (rate === null) return null;
  const expected = Math.abs(total) * rate;
  const gapPercent = (Math.abs(Math.abs(transaction.remainingCents) - expected) / expected) * 100;
  if (gapPercent > settings.fxMarginPercent) return null;
  // At the full margin the amount is still plausible but no longer enough with a good name alone.
  const score = 1 - (0.4 * gapPercent) / settings.fxMarginPercent;
  return { ...paid, score, reason: `cours du jour, écart ${gapPercent.toFixed(1)} %` };
}
