import { inTier, rule } from './rule-helpers.ts';
import type { CategoryRule } from './rule-types.ts';
import { CERTAIN_RULES } from './rules-certain.ts';
import { GENERIC_RULES } from './rules-generic.ts';

/**
 * The built-in rules, as data, tried tier by tier in the order written. Patterns run on cleaned
 * fields (subject, motif), each folded to upper-case ASCII, never on a re-joined line (B21).
 * Confidence says how often a pattern is right for a French freelancer: under the threshold
 * (70) the freelancer is asked, and the answer is learned for that counterparty.
 */
export const CATEGORY_RULES: readonly CategoryRule[] = [
  ...CERTAIN_RULES,
  ...GENERIC_RULES,
  ...inTier('fallback', [
    // Any other credit from a third party is most likely a fee received; asked the first time.
    rule('third-party-credit', 'L01_RECETTES', 60, {
      direction: 'in',
      accountKinds: ['CHECKING', 'CAISSE'],
      labelKinds: ['transfer_in', 'transfer_out', 'other'],
    }),
  ]),
];
