/**
 * What a bank line says the operation is. `card_settlement` is the monthly debit of a
 * deferred-debit card on the checking account ("FACTURE CARTE DU 300926"), an internal movement.
 */
export type LabelKind =
  | 'card'
  | 'card_settlement'
  | 'transfer_in'
  | 'transfer_out'
  | 'direct_debit'
  | 'atm'
  | 'fee'
  | 'cheque'
  | 'other';

/** Kinds whose words name the operation itself, never a counterparty. */
export const KINDS_WITHOUT_COUNTERPARTY: ReadonlySet<LabelKind> = new Set([
  'card_settlement',
  'atm',
  'fee',
  'cheque',
]);
