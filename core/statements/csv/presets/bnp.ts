import { ok, type Result } from '../../../result/result.ts';
import type { StatementError } from '../../statement-types.ts';
import { kindFromName } from '../account-drafts.ts';
import { parseDayFirst } from '../csv-dates.ts';
import { accountHead, type AccountHead, type CsvPreset } from '../csv-preset.ts';
import { closingBalance } from '../preamble-values.ts';
import type { CsvRecord } from '../read-records.ts';

/** BNP Paribas, current export: the account line, a blank line, then an unaccented header. */
export const bnpCurrent: CsvPreset = {
  id: 'bnp-paribas',
  header: [
    'Date operation',
    'Libelle court',
    'Type operation',
    'Libelle operation',
    'Montant operation en euro',
  ],
  dateFormat: 'dd/mm/yyyy',
  decimalMark: ',',
  amount: { kind: 'signed', column: 'Montant operation en euro' },
  columns: {
    bookingDate: ['Date operation'],
    label: 'Libelle operation',
    texts: ['Libelle court', 'Libelle operation'],
    category: ['Type operation'],
  },
  accountKind: 'CHECKING',
  readPreamble: readAccountLine,
};

/**
 * BNP Paribas, older `E…csv` export: no header at all, the account line then the rows, text
 * HTML-escaped once or twice (`ch&amp;egrave;ques`).
 */
export const bnpOld: CsvPreset = {
  id: 'bnp-paribas-old',
  header: ['Date', 'Catégorie', 'Sous-catégorie', 'Libellé', 'Montant'],
  headerless: {
    delimiter: ';',
    preambleRecords: 1,
    matches: ([account, row]) =>
      !!account &&
      isAccountLine(account) &&
      row?.length === 5 &&
      parseDayFirst(row[0] ?? '') !== null,
  },
  htmlEntities: true,
  dateFormat: 'dd/mm/yyyy',
  decimalMark: ',',
  amount: { kind: 'signed', column: 'Montant' },
  columns: {
    bookingDate: ['Date'],
    label: 'Libellé',
    category: ['Sous-catégorie', 'Catégorie'],
  },
  accountKind: 'CHECKING',
  readPreamble: readAccountLine,
};

/** `type;label;****5519;30/11/2026;;12 480,55` */
function isAccountLine(cells: readonly string[]): boolean {
  const [, , masked = '', date = ''] = cells;
  return cells.length >= 6 && /^[*X]+\d{3,}$/.test(masked.trim()) && parseDayFirst(date) !== null;
}

function readAccountLine(records: readonly CsvRecord[]): Result<AccountHead, StatementError> {
  const first = records[0];
  if (!first || !isAccountLine(first.cells)) return ok(accountHead('CHECKING'));
  const [type = '', label = '', masked = '', date = '', , balance = ''] = first.cells.map((cell) =>
    cell.trim(),
  );

  const isChecking = /ch[eè]ques|courant/i.test(type);
  const kind = isChecking ? 'CHECKING' : kindFromName(`${type} ${label}`, 'UNKNOWN');
  const fields = { ref: masked, name: label || type || null };
  if (balance === '') return ok(accountHead(kind, fields));
  const closing = closingBalance(balance, date, first.line);
  if (!closing.ok) return closing;
  return ok(accountHead(kind, { ...fields, balances: [closing.value] }));
}
