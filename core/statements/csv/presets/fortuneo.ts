import type { CsvPreset } from '../csv-preset.ts';

/**
 * Fortuneo: a trailing ";" on the header, debits written negative in Débit, amounts with one
 * decimal ("-4,2" is -4,20).
 */
export const fortuneo: CsvPreset = {
  id: 'fortuneo',
  header: ['Date opération', 'Date valeur', 'libellé', 'Débit', 'Crédit'],
  dateFormat: 'dd/mm/yyyy',
  decimalMark: ',',
  amount: { kind: 'debit-credit', debit: 'Débit', credit: 'Crédit' },
  columns: { bookingDate: ['Date opération'], valueDate: 'Date valeur', label: 'libellé' },
  accountKind: 'CHECKING',
};
