import type { LabelKind } from '../labels/label-kind.ts';
import type { CategoryCode } from './bnc-chart.ts';
import type { AccountKind, Direction } from './categorisation-types.ts';

/**
 * `certain` rules beat what the freelancer confirmed before (own accounts, the card's monthly
 * debit, DGFIP by motif); `generic` ones yield to it; `fallback` ones only fill a gap.
 */
export type RuleTier = 'certain' | 'generic' | 'fallback';

/** Every condition given must hold. Patterns see upper-case, accent-free, punctuation-free text. */
export interface RuleConditions {
  readonly direction?: Direction;
  readonly accountKinds?: readonly AccountKind[];
  readonly labelKinds?: readonly LabelKind[];
  /** Tested on the subject: the counterparty, or the operation's own words. */
  readonly who?: RegExp;
  /** Tested on the motif (purpose text of the row). */
  readonly what?: RegExp;
  /** The counterparty is the owner: by IBAN (sure) or by name (nearly sure). */
  readonly ownAccount?: 'iban' | 'name';
  /** The counterparty IBAN is another professional account of the owner. */
  readonly proAccount?: true;
  /** The statement marks the row personal (Shine "Transaction personnelle"). */
  readonly personalHint?: true;
}

export interface CategoryRule {
  readonly id: string;
  readonly tier: RuleTier;
  readonly when: RuleConditions;
  readonly categoryCode: CategoryCode;
  /** 0–100; below the threshold (70 by default) the freelancer is asked. */
  readonly confidence: number;
  /** `STATEMENT` when the decision is the bank's own flag rather than a pattern. */
  readonly source?: 'RULE' | 'STATEMENT';
}

/** The facts one transaction offers to rules, computed once. */
export interface RuleFacts {
  readonly direction: Direction;
  readonly accountKind: AccountKind;
  readonly labelKind: LabelKind;
  readonly who: string;
  readonly what: string;
  readonly ownAccount: 'iban' | 'name' | null;
  readonly proAccount: boolean;
  readonly personal: boolean;
}
