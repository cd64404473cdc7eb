import type { CsvPreset } from '../csv-preset.ts';

/**
 * Caisse d'Epargne and Banque Populaire (BPCE): 13 columns, three dates per row, Debit written
 * negative and Credit with a "+", no balance in the file.
 */
export const caisseEpargneBpce: CsvPreset = {
  id: 'bpce',
  header: [
    'Date de comptabilisation',
    'Libelle simplifie',
    'Libelle operation',
    'Reference',
    'Informations complementaires',
    'Type operation',
    'Categorie',
    'Sous categorie',
    'Debit',
    'Credit',
    'Date operation',
    'Date de valeur',
    'Pointage operation',
  ],
  dateFormat: 'dd/mm/yyyy',
  decimalMark: ',',
  amount: { kind: 'debit-credit', debit: 'Debit', credit: 'Credit' },
  columns: {
    bookingDate: ['Date de comptabilisation'],
    operationDate: 'Date operation',
    valueDate: 'Date de valeur',
    label: 'Libelle operation',
    texts: ['Libelle simplifie', 'Libelle operation', 'Reference', 'Informations complementaires'],
    memo: 'Informations complementaires',
    category: ['Sous categorie', 'Categorie'],
  },
  accountKind: 'CHECKING',
  // The free-text field ends with a "-" the bank appends ("Invoice F2026-037-").
  refine: (transaction) => ({
    ...transaction,
    memo: transaction.memo?.replace(/\s*-$/, '') || null,
  }),
};
