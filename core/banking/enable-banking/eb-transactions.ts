import { isCalendarDate, parisDateOf, type CalendarDate } from '../../dates/calendar-date.ts';
import { cleanBankLabel } from '../../labels/clean-label.ts';
import { parseAmountToCents } from '../../money/parse-amount.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type { ParsedTransaction } from '../../statements/statement-types.ts';
import type { EbTransaction } from './eb-schemas.ts';

// `2026-03-12-0`: a row's position in its day, renumbered when a row is inserted before it.
const POSITIONAL_REFERENCE = /^\d{4}-\d{2}-\d{2}-\d+$/;

/**
 * The bank's id for a row, when it is one: `transaction_id`, else `entry_reference`. Placeholders
 * ("0", empty) and positional references are not ids (B13, bank-sync.md §2.2); the ledger then
 * falls back on the content fingerprint.
 */
export function ebProviderId(
  row: Pick<EbTransaction, 'transaction_id' | 'entry_reference'>,
): string | null {
  for (const candidate of [row.transaction_id, row.entry_reference]) {
    const id = candidate?.trim();
    if (!id || /^0+$/.test(id) || POSITIONAL_REFERENCE.test(id)) continue;
    return id;
  }
  return null;
}

/**
 * Enable Banking amounts are unsigned, the direction is `credit_debit_indicator`:
 * "1500.00" + CRDT → +150000, DBIT → −150000. A missing indicator is accepted only when the
 * amount carries its own sign; anything unreadable is refused, never read as 0.
 */
export function ebAmountCents(
  row: Pick<EbTransaction, 'transaction_amount' | 'credit_debit_indicator'>,
): Result<number, string> {
  const parsed = parseAmountToCents(row.transaction_amount.amount, '.');
  if (!parsed.ok) return err(`amount "${row.transaction_amount.amount}": ${parsed.error.reason}`);
  const signed = row.transaction_amount.amount.trim().startsWith('-');
  if (row.credit_debit_indicator === 'CRDT') return ok(Math.abs(parsed.value));
  if (row.credit_debit_indicator === 'DBIT') return ok(-Math.abs(parsed.value));
  return signed
    ? ok(parsed.value)
    : err(`no credit_debit_indicator for amount "${row.transaction_amount.amount}"`);
}

/**
 * One Enable Banking row in the ledger's shape. The date the books use falls back booking →
 * value → transaction date, then the day it was fetched (pending rows with no date at all, B13).
 */
export function mapEbTransaction(
  row: EbTransaction,
  context: { readonly fetchDay: CalendarDate; readonly line: number },
): Result<ParsedTransaction, string> {
  const status = row.status === 'BOOK' ? 'BOOKED' : row.status === 'PDNG' ? 'PENDING' : null;
  if (status === null) return err(`status ${row.status} is neither booked nor pending`);
  const amount = ebAmountCents(row);
  if (!amount.ok) return amount;

  const bookingDate = ebDate(row.booking_date);
  const valueDate = ebDate(row.value_date);
  const operationDate = ebDate(row.transaction_date);
  const lines = (row.remittance_information ?? []).map((line) => line.trim()).filter(Boolean);
  const isCredit = amount.value > 0;
  const party = isCredit ? row.debtor : row.creditor;
  const partyAccount = isCredit ? row.debtor_account : row.creditor_account;
  const partyName = party?.name?.trim() || null;
  const texts = lines.length > 0 ? lines : partyName ? [partyName] : [];
  const cleaned = texts.length > 0 ? cleanBankLabel(texts, amount.value) : null;

  return ok({
    providerId: ebProviderId(row),
    status,
    bookingDate: bookingDate ?? valueDate ?? operationDate ?? context.fetchDay,
    valueDate,
    operationDate,
    amountCents: amount.value,
    currency: row.transaction_amount.currency.toUpperCase(),
    rawLabel: texts.join(' | '),
    label: cleaned?.label ?? (isCredit ? 'Crédit' : 'Débit'),
    counterparty: partyName ?? cleaned?.counterparty ?? null,
    counterpartyIban: partyAccount?.iban?.replace(/\s/g, '').toUpperCase() || null,
    memo: row.note ?? (cleaned && cleaned.notes.length > 0 ? cleaned.notes.join(' | ') : null),
    line: context.line,
    splits: [],
    hints: {},
  });
}

function ebDate(value: string | null): CalendarDate | null {
  if (!value) return null;
  if (isCalendarDate(value)) return value;
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? null : parisDateOf(new Date(instant));
}
