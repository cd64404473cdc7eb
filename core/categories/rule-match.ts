import type { CategoryRule, RuleFacts, RuleTier } from './rule-types.ts';

export function ruleMatches(rule: CategoryRule, facts: RuleFacts): boolean {
  const when = rule.when;
  if (when.direction !== undefined && when.direction !== facts.direction) return false;
  if (when.accountKinds !== undefined && !when.accountKinds.includes(facts.accountKind)) {
    return false;
  }
  if (when.labelKinds !== undefined && !when.labelKinds.includes(facts.labelKind)) return false;
  if (when.ownAccount !== undefined && when.ownAccount !== facts.ownAccount) return false;
  if (when.proAccount === true && !facts.proAccount) return false;
  if (when.personalHint === true && !facts.personal) return false;
  if (when.who !== undefined && !when.who.test(facts.who)) return false;
  if (when.what !== undefined && !when.what.test(facts.what)) return false;
  return true;
}

/** The first rule of a tier that matches, in the order the rules are written. */
export function firstMatch(
  rules: readonly CategoryRule[],
  tier: RuleTier,
  facts: RuleFacts,
): CategoryRule | null {
  return rules.find((rule) => rule.tier === tier && ruleMatches(rule, facts)) ?? null;
}
