import type { CategoryCode } from './bnc-chart.ts';
import type { CategoryRule, RuleConditions, RuleTier } from './rule-types.ts';

type TierlessRule = Omit<CategoryRule, 'tier'>;

/** One rule of a list; the tier is given once for the whole list by `inTier`. */
export function rule(
  id: string,
  categoryCode: CategoryCode,
  confidence: number,
  when: RuleConditions,
): TierlessRule {
  return { id, categoryCode, confidence, when };
}

export function inTier(tier: RuleTier, rules: readonly TierlessRule[]): CategoryRule[] {
  return rules.map((entry) => ({ ...entry, tier }));
}

/**
 * Matches any of the given words or word sequences as whole words. Each is a regular
 * expression fragment over folded text (upper-case ASCII, single spaces): "TOTAL ?ENERGIES".
 */
export function anyWord(...words: readonly string[]): RegExp {
  return new RegExp(String.raw`\b(?:${words.join('|')})\b`);
}
