import { cleanBankLabel } from '../labels/clean-label.ts';
import { counterpartyKey } from '../labels/counterparty-key.ts';
import { foldForMatch } from '../labels/fold-text.ts';
import { codeFromBankCategory, BANK_CATEGORY_CONFIDENCE } from './bank-category-hints.ts';
import { isCategoryCode } from './bnc-chart.ts';
import {
  learnedKey,
  type CategorisableTransaction,
  type Categorisation,
  type CategorisationContext,
  type CategorySource,
  type Direction,
} from './categorisation-types.ts';
import { isIbanIn, isOwnName } from './own-account.ts';
import { firstMatch } from './rule-match.ts';
import type { CategoryRule, RuleFacts } from './rule-types.ts';
import { CATEGORY_RULES } from './rules.ts';

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
  const direction: Direction = tx.amountCents < 0 ? 'out' : 'in';
  const facts = factsOf(tx, context, direction);
  const key = facts.key;
  const threshold = context.threshold ?? DEFAULT_THRESHOLD;

  const decide = (
    categoryCode: string | null,
    rawConfidence: number,
    source: CategorySource,
    ruleId: string | null,
  ): Categorisation => {
    const confidence = Math.max(0, Math.min(100, Math.round(rawConfidence)));
    const toConfirm = confidence < threshold;
    return { categoryCode, confidence, source, toConfirm, counterpartyKey: key, direction, ruleId };
  };
  const fromRule = (rule: CategoryRule) =>
    decide(rule.categoryCode, rule.confidence, rule.source ?? 'RULE', rule.id);

  const certain = firstMatch(rules, 'certain', facts);
  if (certain) return fromRule(certain);

  // A confirmation outranks any generic guess: the freelancer knows what "CAFE DU PASSAGE" is.
  const generic = firstMatch(rules, 'generic', facts);
  const learned = key === null ? undefined : context.learned.get(learnedKey(key, direction));
  if (learned && learned.confirmations > 0 && isCategoryCode(learned.categoryCode)) {
    const agreeing = generic?.categoryCode === learned.categoryCode ? generic.confidence : 0;
    const confidence = Math.max(learnedConfidence(learned.confirmations), agreeing);
    return decide(learned.categoryCode, confidence, 'LEARNED', null);
  }
  if (generic) return fromRule(generic);

  const hinted = codeFromBankCategory(tx.hints.bankCategory, direction);
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

function factsOf(
  tx: CategorisableTransaction,
  context: CategorisationContext,
  direction: Direction,
): RuleFacts & { readonly key: string | null } {
  const texts = [tx.label, tx.memo ?? ''].filter((text) => text.trim() !== '');
  const cleaned = cleanBankLabel(texts.length > 0 ? texts : tx.rawLabel, tx.amountCents);
  const givenName = tx.counterparty?.trim() ? tx.counterparty : null;
  const name = givenName ?? cleaned.counterparty;
  const subject = name ?? cleaned.subject;

  const isTransfer = ['transfer_in', 'transfer_out', 'other'].includes(cleaned.kind);
  const ownAccount = isIbanIn(tx.counterpartyIban, context.ownIbans)
    ? 'iban'
    : isTransfer && isOwnName(name, context.ownNames)
      ? 'name'
      : null;

  return {
    direction,
    accountKind: tx.accountKind,
    labelKind: cleaned.kind,
    who: foldForMatch(subject),
    what: foldForMatch(cleaned.motif ?? ''),
    ownAccount,
    proAccount: isIbanIn(tx.counterpartyIban, context.proIbans),
    personal: tx.hints.personal === true,
    key: counterpartyKey(subject) || null,
  };
}
