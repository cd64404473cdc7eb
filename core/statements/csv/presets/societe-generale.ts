import { ok, type Result } from '../../../result/result.ts';
import type { StatementError } from '../../statement-types.ts';
import { accountHead, type AccountHead, type CsvPreset } from '../csv-preset.ts';
import { closingBalance } from '../preamble-values.ts';
import type { CsvRecord } from '../read-records.ts';

const AMOUNT = "Montant de l'opération";
const DETAIL = "Détail de l'écriture";

/** Société Générale: line 1 names the account, line 2 is blank, the header is on line 3. */
export const societeGenerale: CsvPreset = {
  id: 'societe-generale',
  header: ["Date de l'opération", 'Libellé', DETAIL, AMOUNT, 'Devise'],
  dateFormat: 'dd/mm/yyyy',
  decimalMark: ',',
  amount: { kind: 'signed', column: AMOUNT },
  columns: {
    bookingDate: ["Date de l'opération"],
    // "Libellé" is cut at 18 characters; the detail holds the whole text.
    label: DETAIL,
    texts: ['Libellé', DETAIL],
    currency: 'Devise',
  },
  accountKind: 'CHECKING',
  readPreamble: readAccountLine,
};

/** `="0002715000512345";01/11/2026;30/11/2026;6;30/11/2026;14558,11 EUR` */
function readAccountLine(records: readonly CsvRecord[]): Result<AccountHead, StatementError> {
  const first = records[0];
  if (!first) return ok(accountHead('CHECKING'));
  const [account = '', , , count = '', balanceDate = '', balance = ''] = first.cells.map((cell) =>
    cell.trim(),
  );

  // Excel formula quoting keeps the leading zeros: ="0002715000512345".
  const ref =
    account
      .replace(/^=/, '')
      .replace(/^"(.*)"$/, '$1')
      .trim() || null;
  const expectedCount = /^\d+$/.test(count) ? Number(count) : null;
  if (balance === '') return ok(accountHead('CHECKING', { ref, expectedCount }));

  const closing = closingBalance(balance, balanceDate, first.line);
  if (!closing.ok) return closing;
  const { currency } = closing.value;
  return ok(accountHead('CHECKING', { ref, expectedCount, currency, balances: [closing.value] }));
}
