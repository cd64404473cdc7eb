/** What the categoriser reads and returns; pure data, no database. */

export type AccountKind = 'CHECKING' | 'DEFERRED_CARD' | 'CAISSE' | 'SAVINGS';

export type Direction = 'in' | 'out';

export interface CategorisableTransaction {
  readonly accountKind: AccountKind;
  /** Signed: credits positive, debits negative. */
  readonly amountCents: number;
  /** The main label (NAME, Libellé). */
  readonly label: string;
  /** Every text of the row joined with " | " (used only when label and memo are empty). */
  readonly rawLabel: string;
  /** A name the source gave as a field (aggregator creditor/debtor name), if any. */
  readonly counterparty: string | null;
  readonly counterpartyIban: string | null;
  readonly memo: string | null;
  readonly hints: { readonly personal?: boolean; readonly bankCategory?: string };
}

export interface LearnedAnswer {
  readonly categoryCode: string;
  readonly confirmations: number;
}

export interface CategorisationContext {
  /** The owner's names as banks write them ("MAELLE FAUCONNET"). */
  readonly ownNames: readonly string[];
  /** The owner's personal IBANs: money from them is an apport, to them a prélèvement. */
  readonly ownIbans: readonly string[];
  /** The owner's other professional IBANs: money between them is an internal transfer. */
  readonly proIbans?: readonly string[];
  /** Confirmed answers keyed by `learnedKey(counterpartyKey, direction)`. */
  readonly learned: ReadonlyMap<string, LearnedAnswer>;
  /** Below this confidence the freelancer is asked (default 70). */
  readonly threshold?: number;
}

export type CategorySource = 'RULE' | 'LEARNED' | 'STATEMENT' | 'NONE';

export interface Categorisation {
  readonly categoryCode: string | null;
  /** 0–100, an integer. */
  readonly confidence: number;
  readonly source: CategorySource;
  readonly toConfirm: boolean;
  readonly counterpartyKey: string | null;
  readonly direction: Direction;
  /** The rule that decided, for audits and tests; null when learned or none. */
  readonly ruleId: string | null;
}

/** The key a confirmation is stored under (LearnedCategory.counterpartyKey + direction). */
export function learnedKey(counterpartyKey: string, direction: Direction): string {
  return `${counterpartyKey}|${direction}`;
}
