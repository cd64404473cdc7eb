import type { LabelKind } from '../../labels/label-kind.ts';

/** The means of payment the livre-journal shows, from the bank line and the account. */
export function meansOfPayment(kind: LabelKind, accountKind: string): string {
  if (accountKind === 'CAISSE') return 'Espèces';
  if (accountKind === 'DEFERRED_CARD') return 'Carte (débit différé)';
  switch (kind) {
    case 'card':
      return 'Carte';
    case 'card_settlement':
      return 'Débit différé carte';
    case 'transfer_in':
    case 'transfer_out':
      return 'Virement';
    case 'direct_debit':
      return 'Prélèvement';
    case 'atm':
      return 'Retrait espèces';
    case 'fee':
      return 'Frais bancaires';
    case 'cheque':
      return 'Chèque';
    case 'other':
      return 'Autre';
  }
}
