import type { CsvPreset } from '../csv-preset.ts';

/** Types whose description names the other party (a merchant, a payee). */
const WITH_COUNTERPARTY = new Set(['CARD_PAYMENT', 'CARD_REFUND', 'TRANSFER']);

/**
 * Revolut account statement: comma-separated, dot decimals, a Fee column charged on top of the
 * amount (Balance = previous + Amount - Fee), PENDING rows without completion date or balance.
 * Its timestamps carry no "(UTC)": they are read as the holder's wall-clock time.
 */
export const revolut: CsvPreset = {
  id: 'revolut',
  header: [
    'Type',
    'Product',
    'Started Date',
    'Completed Date',
    'Description',
    'Amount',
    'Fee',
    'Currency',
    'State',
    'Balance',
  ],
  dateFormat: 'yyyy-mm-dd hh:mm:ss local',
  decimalMark: '.',
  amount: { kind: 'signed', column: 'Amount' },
  columns: {
    bookingDate: ['Completed Date', 'Started Date'],
    operationDate: 'Started Date',
    label: 'Description',
    currency: 'Currency',
    category: ['Type'],
    providerId: 'ID',
    fee: 'Fee',
  },
  status: {
    column: 'State',
    values: {
      completed: 'BOOKED',
      pending: 'PENDING',
      reverted: 'SKIPPED',
      declined: 'SKIPPED',
      failed: 'SKIPPED',
    },
  },
  runningBalance: { column: 'Balance', decimalMark: '.' },
  accountKind: 'CHECKING',
  refine: (transaction, row) =>
    WITH_COUNTERPARTY.has(row.cell('Type'))
      ? { ...transaction, counterparty: transaction.label }
      : transaction,
};
