import { err, ok, type Result } from '../../result/result.ts';
import type { ParsedTransaction, StatementError } from '../statement-types.ts';
import type { CsvPreset, CsvRow } from './csv-preset.ts';
import { malformed } from './statement-errors.ts';

type RowTexts = Pick<
  ParsedTransaction,
  | 'providerId'
  | 'currency'
  | 'rawLabel'
  | 'label'
  | 'counterparty'
  | 'counterpartyIban'
  | 'memo'
  | 'hints'
>;

const YES = new Set(['oui', 'yes', 'true', '1']);
const NO = new Set(['non', 'no', 'false', '0']);

/** The words of a row: label, raw label, counterparty, ids and what the bank says of it. */
export function rowTexts(preset: CsvPreset, row: CsvRow): Result<RowTexts, StatementError> {
  const columns = preset.columns;
  const currency = (row.cell(columns.currency) || 'EUR').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) {
    return err(
      malformed(row.line, `${columns.currency ?? 'currency'} "${currency}" is not a currency`),
    );
  }

  const texts = (columns.texts ?? [columns.label]).map((column) => row.cell(column));
  const rawLabel = texts.filter((text) => text !== '').join(' | ');
  const iban = row.cell(columns.counterpartyIban).replace(/\s+/g, '').toUpperCase();
  return ok({
    providerId: row.cell(columns.providerId) || null,
    currency,
    rawLabel,
    label: row.cell(columns.label) || texts.find((text) => text !== '') || '',
    counterparty: row.cell(columns.counterparty) || null,
    counterpartyIban: iban || null,
    memo: row.cell(columns.memo) || null,
    hints: hintsOf(preset, row),
  });
}

function hintsOf(preset: CsvPreset, row: CsvRow): ParsedTransaction['hints'] {
  const flag = row.cell(preset.columns.personal).toLowerCase();
  const personal = YES.has(flag) ? true : NO.has(flag) ? false : undefined;
  const bankCategory = (preset.columns.category ?? [])
    .map((column) => row.cell(column))
    .find((text) => text !== '');
  return {
    ...(personal === undefined ? {} : { personal }),
    ...(bankCategory === undefined ? {} : { bankCategory }),
  };
}
