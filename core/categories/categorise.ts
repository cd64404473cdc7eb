import { BANK_CATEGORY_CONFIDENCE, codeFromBankCategory } from './bank-category-hints.ts';
import { isCategoryCode } from './bnc-chart.ts';
import {
  learnedKey,
  type CategorisableTransaction,
  type Categorisation,
  type CategorisationContext,
  type CategorySource,
} from './categorisation-types.ts';
import { firstMatch } from './rule-match.ts';
import type { CategoryRule } from './rule-types.ts';
import { CATEGORY_RULES } from './rules.ts';
import { factsOf } from './transaction-facts.ts';

export type {
  AccountKind,
  CategorisableTransaction,
  Categorisation,
  CategorisationContext,
  CategorySource,
  Direction,
  LearnedAnswer,
} from './categorisation-types.ts';
export { learnedKey } from './categorisation-types.ts';
export { learningKeyOf } from './transaction-facts.ts';

export const DEFAULT_THRESHOLD = 70;

/**
 * Proposes a category for one transaction. Order: certain rules (own accounts, the card's
 * monthly debit, DGFIP and social funds) → what the freelancer confirmed for this counterparty
 * and direction → generic rules → the bank's own category → fallbacks → nothing. Pure.
 */
export function categorise(
  tx: CategorisableTransaction,
  context: CategorisationContext,
  rules: readonly CategoryRule[] = CATEGORY_RULES,
): Categorisation {
  const facts = factsOf(tx, context);
  const threshold = context.threshold ?? DEFAULT_THRESHOLD;

  const decide = (
    categoryCode: string | null,
    rawConfidence: number,
    source: CategorySource,
    ruleId: string | null,
  ): Categorisation => {
    const confidence = Math.max(0, Math.min(100, Math.round(rawConfidence)));
    return {
      categoryCode,
      confidence,
      source,
      toConfirm: confidence < threshold,
      counterpartyKey: facts.key,
      direction: facts.direction,
      ruleId,
    };
  };
  const fromRule = (rule: CategoryRule) =>
    decide(rule.categoryCode, rule.confidence, rule.source ?? 'RULE', rule.id);

  const certain = firstMatch(rules, 'certain', facts);
  if (certain) return fromRule(certain);

  // A confirmation outranks any generic guess: the freelancer knows what "CAFE DU PASSAGE" is.
  const generic = firstMatch(rules, 'generic', facts);
  const learned =
    facts.key === null ? undefined : context.learned.get(learnedKey(facts.key, facts.direction));
  if (learned && learned.confirmations > 0 && isCategoryCode(learned.categoryCode)) {
    const agreeing = generic?.categoryCode === learned.categoryCode ? generic.confidence : 0;
    const confidence = Math.max(learnedConfidence(learned.confirmations), agreeing);
    return decide(learned.categoryCode, confidence, 'LEARNED', null);
  }
  if (generic) return fromRule(generic);

  const hinted = codeFromBankCategory(tx.hints.bankCategory, facts.direction);
  if (hinted) return decide(hinted, BANK_CATEGORY_CONFIDENCE, 'STATEMENT', null);

  const fallback = firstMatch(rules, 'fallback', facts);
  if (fallback) return fromRule(fallback);
  return decide(null, 0, 'NONE', null);
}

/** 1 confirmation → 80, 2 → 90, 3 → 93, 4 → 95, then 96–97: never certain. */
export function learnedConfidence(confirmations: number): number {
  if (confirmations <= 0) return 0;
  return Math.min(97, Math.round(100 - 20 / confirmations));
}
