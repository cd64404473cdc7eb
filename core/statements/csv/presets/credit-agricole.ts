import { ok, type Result } from '../../../result/result.ts';
import type { ParsedBalance, StatementError } from '../../statement-types.ts';
import { kindFromName } from '../account-drafts.ts';
import { parseDayFirst } from '../csv-dates.ts';
import { accountHead, type AccountHead, type CsvPreset } from '../csv-preset.ts';
import { closingBalance } from '../preamble-values.ts';
import type { CsvRecord } from '../read-records.ts';

/** `CCHQ PRO   no 48213097561`, `VISA BUSINESS no  4974 XXXX XXXX 4821` */
const ACCOUNT_LINE = /^(.*?)\s+no\s+(\S.*?)\s*$/;
const BALANCE_LINE = /^Solde au\s+(\S+)\s*:\s*(.+)$/i;
const CARD_NAME = /\b(visa|mastercard|carte|cb)\b/i;

/**
 * Crédit Agricole "Télécharger mes opérations": a preamble of about ten lines, unsigned Débit and
 * Crédit columns, labels quoted over several lines, a trailing `;`, and card sections after the
 * rows, each opened by the card's own line.
 */
export const creditAgricole: CsvPreset = {
  id: 'credit-agricole',
  header: ['Date', 'Libellé', 'Débit Euros', 'Crédit Euros'],
  dateFormat: 'dd/mm/yyyy',
  decimalMark: ',',
  amount: { kind: 'debit-credit', debit: 'Débit Euros', credit: 'Crédit Euros' },
  columns: { bookingDate: ['Date'], valueDate: 'Date valeur', label: 'Libellé' },
  accountKind: 'CHECKING',
  readPreamble,
  readSection,
};

function readPreamble(records: readonly CsvRecord[]): Result<AccountHead, StatementError> {
  let account: AccountHead | null = null;
  const balances: ParsedBalance[] = [];
  for (const record of records) {
    const text = (record.cells[0] ?? '').trim();
    account = account ?? accountOf(text);
    const balance = BALANCE_LINE.exec(text);
    if (!balance) continue;
    const closing = closingBalance(balance[2] ?? '', balance[1] ?? '', record.line);
    if (!closing.ok) return closing;
    balances.push(closing.value);
  }
  return ok({ ...(account ?? accountHead('CHECKING')), balances });
}

/**
 * Among the rows, a line with a single filled cell is not an operation: a card's account line
 * opens its section; the holder's name and "Pas d'opération pour cette carte…" are passed over.
 * A row with a broken date keeps its amounts, so it still reaches the row reader and fails.
 */
function readSection(record: CsvRecord): AccountHead | 'skip' | null {
  const filled = record.cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length !== 1 || parseDayFirst(filled[0] ?? '') !== null) return null;
  return accountOf(filled[0] ?? '') ?? 'skip';
}

function accountOf(text: string): AccountHead | null {
  const match = ACCOUNT_LINE.exec(text);
  if (!match) return null;
  const name = (match[1] ?? '').trim();
  const kind = CARD_NAME.test(name) ? 'DEFERRED_CARD' : kindFromName(name, 'CHECKING');
  return accountHead(kind, { name, ref: (match[2] ?? '').replace(/\s+/g, ' ') });
}
