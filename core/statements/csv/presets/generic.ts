import type { CsvPreset } from '../csv-preset.ts';

/** Plain French exports no bank preset claims; chosen only when no bank's signature matches. */

/** `Date;Libellé;Montant;Devise` */
export const genericSigned: CsvPreset = {
  id: 'generic-signed',
  header: ['Date', 'Libellé', 'Montant'],
  isGeneric: true,
  dateFormat: 'dd/mm/yyyy',
  decimalMark: ',',
  amount: { kind: 'signed', column: 'Montant' },
  columns: { bookingDate: ['Date'], label: 'Libellé', currency: 'Devise', category: ['Catégorie'] },
  runningBalance: { column: 'Solde', decimalMark: ',' },
  accountKind: 'UNKNOWN',
};

/** `Date;Libellé;Catégorie;Débit;Crédit;Solde` */
export const genericDebitCredit: CsvPreset = {
  id: 'generic-debit-credit',
  header: ['Date', 'Libellé', 'Débit', 'Crédit'],
  isGeneric: true,
  dateFormat: 'dd/mm/yyyy',
  decimalMark: ',',
  amount: { kind: 'debit-credit', debit: 'Débit', credit: 'Crédit' },
  columns: { bookingDate: ['Date'], label: 'Libellé', currency: 'Devise', category: ['Catégorie'] },
  runningBalance: { column: 'Solde', decimalMark: ',' },
  accountKind: 'UNKNOWN',
};
