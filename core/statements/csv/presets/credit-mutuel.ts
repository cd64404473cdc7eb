import type { CsvPreset } from '../csv-preset.ts';

const COMMON = {
  dateFormat: 'dd/mm/yyyy',
  decimalMark: ',',
  columns: { bookingDate: ['Date'], valueDate: 'Date de valeur', label: 'Libellé' },
  runningBalance: { column: 'Solde', decimalMark: ',' },
  accountKind: 'CHECKING',
} as const satisfies Partial<CsvPreset>;

/** Crédit Mutuel / CIC (ISO-8859-15): Débit written negative, Crédit positive, running Solde. */
export const creditMutuel: CsvPreset = {
  ...COMMON,
  id: 'credit-mutuel',
  header: ['Date', 'Date de valeur', 'Débit', 'Crédit', 'Libellé', 'Solde'],
  amount: { kind: 'debit-credit', debit: 'Débit', credit: 'Crédit' },
};

/** Crédit Mutuel / CIC with one signed Montant column. */
export const creditMutuelSigned: CsvPreset = {
  ...COMMON,
  id: 'credit-mutuel',
  header: ['Date', 'Date de valeur', 'Montant', 'Libellé', 'Solde'],
  amount: { kind: 'signed', column: 'Montant' },
};
