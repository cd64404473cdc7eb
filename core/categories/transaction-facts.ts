import { cleanBankLabel } from '../labels/clean-label.ts';
import { counterpartyKey } from '../labels/counterparty-key.ts';
import { foldForMatch } from '../labels/fold-text.ts';
import type {
  CategorisableTransaction,
  CategorisationContext,
  Direction,
} from './categorisation-types.ts';
import { isIbanIn, isOwnName } from './own-account.ts';
import type { RuleFacts } from './rule-types.ts';

type LabelledTransaction = Pick<
  CategorisableTransaction,
  'amountCents' | 'label' | 'memo' | 'rawLabel' | 'counterparty'
>;

export function directionOf(amountCents: number): Direction {
  return amountCents < 0 ? 'out' : 'in';
}

/**
 * The key a confirmation of this transaction is learned under, the same one `categorise` looks
 * up: the counterparty once the bank's prefixes are cut ("VIR SEPA EDITIONS DU GRAND TILLE" →
 * "editions du grand tille"), or the operation's own words when there is no counterparty.
 */
export function learningKeyOf(tx: LabelledTransaction): string | null {
  return subjectOf(tx).key;
}

export function factsOf(
  tx: CategorisableTransaction,
  context: CategorisationContext,
): RuleFacts & { readonly key: string | null } {
  const { cleaned, name, subject, key } = subjectOf(tx);

  // Names only identify the owner on transfers: a shop may share a surname.
  const isTransfer = ['transfer_in', 'transfer_out', 'other'].includes(cleaned.kind);
  const ownAccount = isIbanIn(tx.counterpartyIban, context.ownIbans)
    ? 'iban'
    : isTransfer && isOwnName(name, context.ownNames)
      ? 'name'
      : null;

  return {
    direction: directionOf(tx.amountCents),
    accountKind: tx.accountKind,
    labelKind: cleaned.kind,
    who: foldForMatch(subject),
    what: foldForMatch(cleaned.motif ?? ''),
    ownAccount,
    proAccount: isIbanIn(tx.counterpartyIban, context.proIbans),
    personal: tx.hints.personal === true,
    key,
  };
}

// Label and memo are cleaned as separate fields; the joined raw label only when both are empty.
function subjectOf(tx: LabelledTransaction) {
  const texts = [tx.label, tx.memo ?? ''].filter((text) => text.trim() !== '');
  const cleaned = cleanBankLabel(texts.length > 0 ? texts : tx.rawLabel, tx.amountCents);
  const givenName = tx.counterparty?.trim() ? tx.counterparty : null;
  const name = givenName ?? cleaned.counterparty;
  const subject = name ?? cleaned.subject;
  return { cleaned, name, subject, key: counterpartyKey(subject) || null };
}
