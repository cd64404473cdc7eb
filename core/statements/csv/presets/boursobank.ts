import type { CsvPreset } from '../csv-preset.ts';

/**
 * BoursoBank: every account in one file, each row naming its own; ISO dates; `amount` with a
 * comma but `accountbalance` with a dot. Older exports lack supplierFound or comment.
 */
export const boursoBank: CsvPreset = {
  id: 'boursobank',
  header: [
    'dateOp',
    'dateVal',
    'label',
    'category',
    'categoryParent',
    'amount',
    'accountNum',
    'accountLabel',
    'accountbalance',
  ],
  dateFormat: 'yyyy-mm-dd',
  decimalMark: ',',
  amount: { kind: 'signed', column: 'amount' },
  columns: {
    bookingDate: ['dateOp'],
    valueDate: 'dateVal',
    label: 'label',
    texts: ['label', 'comment'],
    memo: 'comment',
    category: ['category', 'categoryParent'],
  },
  // The current balance of the row's account, repeated on each of its rows.
  runningBalance: { column: 'accountbalance', decimalMark: '.' },
  accountPerRow: { ref: 'accountNum', name: 'accountLabel' },
  accountKind: 'CHECKING',
};
