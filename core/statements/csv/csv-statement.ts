import { err, ok, type Result } from '../../result/result.ts';
import type { ParsedStatement, StatementError, StatementNotice } from '../statement-types.ts';
import { finishAccount, kindFromName, newDraft, type AccountDraft } from './account-drafts.ts';
import { accountHead, type CsvPreset, type CsvRow } from './csv-preset.ts';
import { cleanCell, isBlankCells, normalizeName } from './csv-text.ts';
import { findLayout, type CsvLayout } from './find-layout.ts';
import { decodeHtmlEntities } from './html-entities.ts';
import { readRecords, type CsvRecord } from './read-records.ts';
import { readRow } from './read-row.ts';

/** Reads a decoded CSV statement with the preset its header names. All or nothing. */
export function readCsvStatement(
  text: string,
  encoding: string,
): Result<ParsedStatement, StatementError> {
  if (text.trim() === '') {
    return err({ code: 'EMPTY_FILE', line: null, message: 'the file is empty' });
  }
  const layout = findLayout(text);
  if (!layout) {
    const message = 'no known CSV header (bank export layout) in the first lines';
    return err({ code: 'UNKNOWN_FORMAT', line: null, message });
  }
  const records = readRecords(text, layout.delimiter);
  if (!records.ok) return records;

  // Entities are decoded only now, cell by cell: their ";" would have split cells.
  const { preset } = layout;
  const decoded = preset.htmlEntities ? records.value.map(decodeRecord) : records.value;
  const { preamble, header, data } = splitRecords(layout, decoded);
  const head = preset.readPreamble
    ? preset.readPreamble(preamble)
    : ok(accountHead(preset.accountKind));
  if (!head.ok) return head;

  const drafts: AccountDraft[] = preset.accountPerRow ? [] : [newDraft(head.value)];
  const notices: StatementNotice[] = [];
  const filled = fillDrafts(preset, header, data, drafts, notices);
  if (!filled.ok) return filled;

  const accounts = drafts.map((draft) => finishAccount(draft, notices));
  return ok({ format: 'csv', variant: preset.id, encoding, accounts, notices });
}

function fillDrafts(
  preset: CsvPreset,
  header: readonly string[],
  data: readonly CsvRecord[],
  drafts: AccountDraft[],
  notices: StatementNotice[],
): Result<null, StatementError> {
  const columns = columnIndex(header);
  const headerKey = header.map(normalizeName).join(';');
  const headerFirst = normalizeName(header[0] ?? '');
  const repeatsHeader = (cells: readonly string[]) =>
    normalizeName(cells[0] ?? '') === headerFirst &&
    cells.map(normalizeName).join(';') === headerKey;

  for (const record of data) {
    if (isBlankCells(record.cells)) continue;
    if (repeatsHeader(record.cells)) continue;
    const section = preset.readSection?.(record) ?? null;
    if (section === 'skip') continue;
    if (section !== null) {
      drafts.push(newDraft(section));
      continue;
    }

    const row = toRow(record, columns);
    const outcome = readRow(preset, row);
    if (!outcome.ok) return outcome;
    const { transactions, balanceCents } = outcome.value;
    notices.push(...outcome.value.notices);
    const draft = draftFor(preset, row, drafts);
    draft.transactions.push(...transactions);
    const [main] = transactions;
    if (balanceCents !== null && main) {
      draft.runningBalances.push({
        date: main.bookingDate,
        cents: balanceCents,
        currency: main.currency,
      });
    }
  }
  return ok(null);
}

function splitRecords(layout: CsvLayout, records: readonly CsvRecord[]) {
  const { headerLine, preset } = layout;
  if (headerLine === null) {
    const count = preset.headerless?.preambleRecords ?? 0;
    return { preamble: records.slice(0, count), header: preset.header, data: records.slice(count) };
  }
  const header = records.find((record) => record.line === headerLine)?.cells ?? preset.header;
  return {
    preamble: records.filter((record) => record.line < headerLine),
    header,
    data: records.filter((record) => record.line > headerLine),
  };
}

function decodeRecord(record: CsvRecord): CsvRecord {
  return { ...record, cells: record.cells.map(decodeHtmlEntities) };
}

/** Header name → position; the first of two same-named columns wins, unnamed ones are ignored. */
function columnIndex(header: readonly string[]): ReadonlyMap<string, number> {
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    const key = normalizeName(name);
    if (key !== '' && !columns.has(key)) columns.set(key, index);
  });
  return columns;
}

function toRow(record: CsvRecord, columns: ReadonlyMap<string, number>): CsvRow {
  return {
    line: record.line,
    cell(name) {
      const index = name === undefined ? undefined : columns.get(normalizeName(name));
      return index === undefined ? '' : cleanCell(record.cells[index] ?? '');
    },
  };
}

/** BoursoBank names the account on every row; elsewhere rows go to the latest section. */
function draftFor(preset: CsvPreset, row: CsvRow, drafts: AccountDraft[]): AccountDraft {
  const perRow = preset.accountPerRow;
  const current = drafts[drafts.length - 1];
  if (!perRow && current) return current;

  const ref = perRow ? row.cell(perRow.ref) || null : null;
  const existing = drafts.find((draft) => draft.head.ref === ref);
  if (existing) return existing;
  const name = perRow ? row.cell(perRow.name) || null : null;
  const kind = kindFromName(name ?? '', preset.accountKind);
  const draft = newDraft(accountHead(kind, { ref, name }));
  drafts.push(draft);
  return draft;
}
