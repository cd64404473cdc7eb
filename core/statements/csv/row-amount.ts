import { parseAmountToCents } from '../../money/parse-amount.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type { StatementError } from '../statement-types.ts';
import type { AmountRule, CsvRow } from './csv-preset.ts';
import { badAmount } from './statement-errors.ts';

/**
 * The signed amount of a row in cents, or null when the row writes none. A debit column gives
 * money out whether the bank writes `290,00` or `-290,00`: the sign is applied once, never
 * flipped back (B25).
 */
export function readRuleAmount(
  rule: AmountRule,
  decimalMark: ',' | '.',
  row: CsvRow,
): Result<number | null, StatementError> {
  switch (rule.kind) {
    case 'signed':
      return readCell(row, rule.column, decimalMark);
    case 'debit-credit': {
      const debit = readCell(row, rule.debit, decimalMark);
      if (!debit.ok) return debit;
      const credit = readCell(row, rule.credit, decimalMark);
      if (!credit.ok) return credit;
      if (debit.value === null && credit.value === null) return ok(null);

      const out = -Math.abs(debit.value ?? 0);
      const into = credit.value ?? 0;
      if (out !== 0 && into !== 0) {
        const value = `${row.cell(rule.debit)}" / "${row.cell(rule.credit)}`;
        return err(badAmount(row.line, `${rule.debit} and ${rule.credit}`, value, 'both filled'));
      }
      return ok(out + into);
    }
  }
}

/** The amount of one cell; null when empty. */
export function readCell(
  row: CsvRow,
  column: string | undefined,
  decimalMark: ',' | '.',
): Result<number | null, StatementError> {
  const text = row.cell(column);
  if (column === undefined || text === '') return ok(null);
  const parsed = parseAmountToCents(text, decimalMark);
  return parsed.ok ? parsed : err(badAmount(row.line, column, text, parsed.error.reason));
}

export function describeRule(rule: AmountRule): string {
  switch (rule.kind) {
    case 'signed':
      return rule.column;
    case 'debit-credit':
      return `${rule.debit}/${rule.credit}`;
  }
}
