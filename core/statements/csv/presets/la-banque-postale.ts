import { ok, type Result } from '../../../result/result.ts';
import type { ParsedBalance, StatementError } from '../../statement-types.ts';
import { accountHead, type AccountHead, type CsvPreset } from '../csv-preset.ts';
import { normalizeName } from '../csv-text.ts';
import { closingBalance } from '../preamble-values.ts';
import type { CsvRecord } from '../read-records.ts';

/**
 * La Banque Postale: six "label ;value" lines padded with spaces, a blank line, then the header.
 * Old files add a Montant(FRANCS) column, which is never read.
 */
export const laBanquePostale: CsvPreset = {
  id: 'la-banque-postale',
  header: ['Date', 'Libellé', 'Montant(EUROS)'],
  dateFormat: 'dd/mm/yyyy',
  decimalMark: ',',
  amount: { kind: 'signed', column: 'Montant(EUROS)' },
  columns: { bookingDate: ['Date'], label: 'Libellé' },
  accountKind: 'CHECKING',
  readPreamble,
};

function readPreamble(records: readonly CsvRecord[]): Result<AccountHead, StatementError> {
  const values = new Map<string, { value: string; line: number }>();
  for (const record of records) {
    const [label = '', value = ''] = record.cells;
    values.set(normalizeName(label), { value: value.trim(), line: record.line });
  }

  const ref = values.get('numero compte')?.value || null;
  const name = values.get('type')?.value || null;
  const balance = values.get('solde (euros)');
  const date = values.get('date');
  const balances: ParsedBalance[] = [];
  if (balance && date) {
    const closing = closingBalance(balance.value, date.value, balance.line);
    if (!closing.ok) return closing;
    balances.push(closing.value);
  }
  return ok(accountHead('CHECKING', { ref, name, balances }));
}
