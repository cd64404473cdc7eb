import type { CsvPreset, StatusRule } from '../csv-preset.ts';

/** Declined and reversed rows never moved money; pending ones are kept apart as provisional. */
const STATUS_VALUES: StatusRule['values'] = {
  settled: 'BOOKED',
  pending: 'PENDING',
  processing: 'PENDING',
  declined: 'SKIPPED',
  reversed: 'SKIPPED',
  canceled: 'SKIPPED',
  cancelled: 'SKIPPED',
};

/** Qonto, English export: comma-separated, UTC timestamps, signed dot amounts. */
export const qontoEnglish: CsvPreset = {
  id: 'qonto',
  header: [
    'Status',
    'Settlement date (UTC)',
    'Operation date (UTC)',
    'Total amount (incl. VAT)',
    'Currency',
    'Counterparty name',
    'Transaction ID',
  ],
  dateFormat: 'yyyy-mm-dd hh:mm:ss UTC',
  decimalMark: '.',
  amount: { kind: 'signed', column: 'Total amount (incl. VAT)' },
  columns: {
    // A pending row has no settlement date yet: its operation date stands in.
    bookingDate: ['Settlement date (UTC)', 'Operation date (UTC)'],
    valueDate: 'Settlement date (UTC)',
    operationDate: 'Operation date (UTC)',
    label: 'Counterparty name',
    texts: ['Counterparty name', 'Reference', 'Note'],
    memo: 'Note',
    counterparty: 'Counterparty name',
    counterpartyIban: 'IBAN',
    currency: 'Currency',
    category: ['Category'],
    providerId: 'Transaction ID',
  },
  status: { column: 'Status', values: STATUS_VALUES },
  accountKind: 'CHECKING',
};

/**
 * Qonto, French export: ";", "DD-MM-YYYY HH:MM:SS" in UTC, comma decimals; the signed total and
 * the unsigned Débit/Crédit must agree. Status words are taken to be the English tokens.
 */
export const qontoFrench: CsvPreset = {
  id: 'qonto',
  header: [
    'Statut',
    'Date de la valeur (UTC)',
    "Date de l'opération (UTC)",
    'Montant total (TTC)',
    'Débit',
    'Crédit',
    'Devise',
    'Nom de la contrepartie',
    'Identifiant de transaction',
  ],
  dateFormat: 'dd-mm-yyyy hh:mm:ss UTC',
  decimalMark: ',',
  amount: { kind: 'signed', column: 'Montant total (TTC)' },
  amountCheck: { kind: 'debit-credit', debit: 'Débit', credit: 'Crédit' },
  columns: {
    bookingDate: ['Date de la valeur (UTC)', "Date de l'opération (UTC)"],
    valueDate: 'Date de la valeur (UTC)',
    operationDate: "Date de l'opération (UTC)",
    label: 'Nom de la contrepartie',
    texts: ['Nom de la contrepartie', 'Référence', 'Note'],
    memo: 'Note',
    counterparty: 'Nom de la contrepartie',
    counterpartyIban: 'IBAN',
    currency: 'Devise',
    category: ['Catégorie'],
    providerId: 'Identifiant de transaction',
  },
  status: { column: 'Statut', values: STATUS_VALUES },
  runningBalance: { column: 'Solde', decimalMark: ',' },
  accountKind: 'CHECKING',
};
