import type { CalendarDate } from '../../dates/calendar-date.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type { ParsedTransaction, StatementError, StatementNotice } from '../statement-types.ts';
import { parseCsvDate } from './csv-dates.ts';
import type { CsvPreset, CsvRow, RowStatus } from './csv-preset.ts';
import { rowTexts } from './row-texts.ts';
import { describeRule, readCell, readRuleAmount } from './row-amount.ts';
import { badAmount, badDate, malformed, notice } from './statement-errors.ts';

export interface RowOutcome {
  readonly transactions: readonly ParsedTransaction[];
  readonly notices: readonly StatementNotice[];
  /** The running balance the row writes, when it is booked and writes one. */
  readonly balanceCents: number | null;
}

const skipped = (line: number, message: string): RowOutcome => ({
  transactions: [],
  notices: [notice(line, message)],
  balanceCents: null,
});

/** One data row into zero, one or two transactions (a fee becomes its own line). */
export function readRow(preset: CsvPreset, row: CsvRow): Result<RowOutcome, StatementError> {
  const status = readStatus(preset, row);
  if (!status.ok) return status;
  if (status.value === 'SKIPPED') {
    const word = row.cell(preset.status?.column);
    return ok(skipped(row.line, `row ${word} by the bank, not imported`));
  }

  const amount = readRuleAmount(preset.amount, preset.decimalMark, row);
  if (!amount.ok) return amount;
  const bookingColumn = preset.columns.bookingDate.find((column) => row.cell(column) !== '');
  if (bookingColumn === undefined && amount.value === null) {
    return ok(skipped(row.line, 'line without date or amount, not a transaction'));
  }
  if (amount.value === null) {
    return err(badAmount(row.line, describeRule(preset.amount), '', 'empty'));
  }
  const checked = checkAmount(preset, row, amount.value);
  if (!checked.ok) return checked;

  const dates = readDates(preset, row, bookingColumn);
  if (!dates.ok) return dates;
  const fee = readCell(row, preset.columns.fee, preset.decimalMark);
  if (!fee.ok) return fee;
  const balance = readBalance(preset, row, status.value);
  if (!balance.ok) return balance;
  const texts = rowTexts(preset, row);
  if (!texts.ok) return texts;

  const base: ParsedTransaction = {
    ...texts.value,
    status: status.value,
    ...dates.value,
    amountCents: amount.value,
    line: row.line,
    splits: [],
  };
  const main = preset.refine ? preset.refine(base, row) : base;
  const feeLine = fee.value ? [feeTransaction(main, fee.value)] : [];
  const isZero = main.amountCents === 0;
  return ok({
    transactions: isZero ? feeLine : [main, ...feeLine],
    // B20: a "0";"0" row is not money moving; the rest of the file still imports.
    notices: isZero ? [notice(row.line, 'amount is zero, row skipped')] : [],
    balanceCents: balance.value,
  });
}

function readStatus(preset: CsvPreset, row: CsvRow): Result<RowStatus, StatementError> {
  if (!preset.status) return ok('BOOKED');
  const word = row.cell(preset.status.column);
  const key = word.toLowerCase();
  const { values } = preset.status;
  const status = Object.hasOwn(values, key) ? values[key] : undefined;
  if (status !== undefined) return ok(status);
  return err(malformed(row.line, `${preset.status.column} "${word}" is not a known status`));
}

function checkAmount(preset: CsvPreset, row: CsvRow, cents: number): Result<null, StatementError> {
  if (!preset.amountCheck) return ok(null);
  const other = readRuleAmount(preset.amountCheck, preset.decimalMark, row);
  if (!other.ok) return other;
  if (other.value === null || other.value === cents) return ok(null);
  const column = describeRule(preset.amountCheck);
  const value = row.cell(describeRule(preset.amount));
  return err(badAmount(row.line, describeRule(preset.amount), value, `disagrees with ${column}`));
}

type RowDates = Pick<ParsedTransaction, 'bookingDate' | 'valueDate' | 'operationDate'>;

function readDates(
  preset: CsvPreset,
  row: CsvRow,
  bookingColumn: string | undefined,
): Result<RowDates, StatementError> {
  const columns = preset.columns;
  const bookingDate = readDate(preset, row, bookingColumn ?? columns.bookingDate[0] ?? 'date');
  if (!bookingDate.ok) return bookingDate;
  const valueDate = readOptionalDate(preset, row, columns.valueDate);
  if (!valueDate.ok) return valueDate;
  const operationDate = readOptionalDate(preset, row, columns.operationDate);
  if (!operationDate.ok) return operationDate;
  return ok({
    bookingDate: bookingDate.value,
    valueDate: valueDate.value,
    operationDate: operationDate.value,
  });
}

function readDate(
  preset: CsvPreset,
  row: CsvRow,
  column: string,
): Result<CalendarDate, StatementError> {
  const date = parseCsvDate(row.cell(column), preset.dateFormat);
  return date ? ok(date) : err(badDate(row.line, column, row.cell(column)));
}

function readOptionalDate(
  preset: CsvPreset,
  row: CsvRow,
  column: string | undefined,
): Result<CalendarDate | null, StatementError> {
  return column === undefined || row.cell(column) === '' ? ok(null) : readDate(preset, row, column);
}

function readBalance(
  preset: CsvPreset,
  row: CsvRow,
  status: RowStatus,
): Result<number | null, StatementError> {
  if (!preset.runningBalance || status !== 'BOOKED') return ok(null);
  return readCell(row, preset.runningBalance.column, preset.runningBalance.decimalMark);
}

/** Revolut charges fees beside the amount; a line of its own keeps cash and bank fees apart. */
function feeTransaction(main: ParsedTransaction, fee: number): ParsedTransaction {
  return {
    ...main,
    providerId: main.providerId === null ? null : `${main.providerId}:fee`,
    amountCents: -Math.abs(fee),
    label: `Frais : ${main.label}`,
    rawLabel: `${main.rawLabel} | fee`,
    counterparty: null,
    counterpartyIban: null,
    hints: { bankCategory: 'fee' },
  };
}
