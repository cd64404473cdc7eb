import type { CsvPreset } from '../csv-preset.ts';

/**
 * Shine (cp1252, every cell quoted): unsigned Débit and Crédit with "0,00" in the unused one,
 * a signed "Solde mouvement" that must agree, a running "Solde bancaire", and the owner's own
 * "Transaction personnelle" flag. The books date a row by its value date.
 */
export const shine: CsvPreset = {
  id: 'shine',
  header: [
    'Transaction ID',
    'Date de la valeur',
    "Date d'opération",
    'Transaction personnelle',
    'Débit',
    'Crédit',
    'Solde mouvement',
    'Libellé',
    'Nom de la contrepartie',
  ],
  dateFormat: 'dd/mm/yyyy',
  decimalMark: ',',
  amount: { kind: 'debit-credit', debit: 'Débit', credit: 'Crédit' },
  amountCheck: { kind: 'signed', column: 'Solde mouvement' },
  columns: {
    bookingDate: ['Date de la valeur'],
    valueDate: 'Date de la valeur',
    operationDate: "Date d'opération",
    label: 'Libellé',
    texts: ['Libellé', 'Nom de la contrepartie', 'Commentaire'],
    memo: 'Commentaire',
    counterparty: 'Nom de la contrepartie',
    counterpartyIban: 'IBAN',
    category: ['Category'],
    providerId: 'Transaction ID',
    personal: 'Transaction personnelle',
  },
  runningBalance: { column: 'Solde bancaire', decimalMark: ',' },
  accountKind: 'CHECKING',
};
