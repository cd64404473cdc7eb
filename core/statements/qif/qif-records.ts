import { err, ok, type Result } from '../../result/result.ts';
import type { StatementError, StatementNotice } from '../statement-types.ts';

export interface QifField {
  /** The one-letter code (`D`, `T`, `P`, `S`, `$`…). */
  readonly code: string;
  readonly value: string;
  readonly line: number;
}

export interface QifRecord {
  readonly line: number;
  readonly fields: readonly QifField[];
}

/** The transaction registers; lists (`Class`, `Cat`, `Memorized`…) hold no transactions. */
export type QifRegister = 'Bank' | 'Cash' | 'CCard' | 'Oth A' | 'Oth L';

export interface QifAccountBlock {
  readonly key: string;
  readonly name: string | null;
  /** `Bank`, `CCard`… from the `!Account` record's `T`, else the register's. */
  readonly type: string | null;
}

export interface QifEntry {
  readonly record: QifRecord;
  readonly accountKey: string;
}

export interface QifDocument {
  readonly forcedOrder: 'DMY' | 'MDY' | null;
  readonly accounts: readonly QifAccountBlock[];
  readonly entries: readonly QifEntry[];
  readonly notices: readonly StatementNotice[];
}

const REGISTERS: readonly QifRegister[] = ['Bank', 'Cash', 'CCard', 'Oth A', 'Oth L'];
const LISTS = ['class', 'cat', 'memorized', 'security', 'prices', 'template', 'bill', 'invoice'];

type Section =
  | { readonly kind: 'register'; readonly register: QifRegister }
  | { readonly kind: 'account' }
  | { readonly kind: 'skip' };

/**
 * Cuts a QIF file into records (fields up to `^`) and keeps those of transaction registers,
 * each tied to the account of the last `!Account` block. Header matching ignores case and
 * trailing spaces (`!Type:Bank `).
 */
export function readQifDocument(text: string): Result<QifDocument, StatementError> {
  const notices: StatementNotice[] = [];
  const accounts = new Map<string, QifAccountBlock>();
  const entries: QifEntry[] = [];
  let forcedOrder: QifDocument['forcedOrder'] = null;
  let section: Section | null = null;
  let accountKey: string | null = null;
  let fields: QifField[] = [];

  const endRecord = () => {
    const record = { line: fields[0]?.line ?? 0, fields };
    fields = [];
    if (record.fields.length === 0 || !section) return;
    if (section.kind === 'account') {
      const name = valueOf(record, 'N');
      accountKey = name ?? `#account-${record.line}`;
      if (!accounts.has(accountKey))
        accounts.set(accountKey, { key: accountKey, name, type: valueOf(record, 'T') });
    } else if (section.kind === 'register') {
      const key = accountKey ?? `#${section.register}`;
      if (!accounts.has(key)) accounts.set(key, { key, name: null, type: section.register });
      entries.push({ record, accountKey: key });
    }
  };

  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') continue;

    if (trimmed.startsWith('!')) {
      if (fields.length > 0 && section?.kind === 'register') {
        const message = `the record started on line ${fields[0]?.line} has no closing ^`;
        return err({ code: 'MALFORMED', line, message });
      }
      fields = [];
      const header = trimmed.slice(1).trim();
      const option = /^option\s*:\s*(mdy|dmy)$/i.exec(header)?.[1]?.toUpperCase();
      if (option === 'MDY' || option === 'DMY') forcedOrder = option;
      else if (/^account$/i.test(header)) section = { kind: 'account' };
      else if (/^type\s*:/i.test(header)) section = typeSection(header, line, notices);
      continue;
    }
    if (trimmed.startsWith('^')) {
      endRecord();
      continue;
    }
    if (!section) {
      const message = `"${trimmed}" comes before any !Type header: not a QIF file`;
      return err({ code: 'MALFORMED', line, message });
    }
    fields.push({ code: trimmed.charAt(0), value: trimmed.slice(1).trim(), line });
  }

  if (fields.length > 0 && section?.kind === 'register') {
    return err(unterminated(fields));
  }
  return ok({ forcedOrder, accounts: [...accounts.values()], entries, notices });
}

export function valueOf(record: QifRecord, code: string): string | null {
  const value = record.fields.find((field) => field.code === code)?.value;
  return value === undefined || value === '' ? null : value;
}

function typeSection(header: string, line: number, notices: StatementNotice[]): Section {
  const type = header
    .replace(/^type\s*:/i, '')
    .trim()
    .toLowerCase();
  const register = REGISTERS.find((candidate) => candidate.toLowerCase() === type);
  if (register) return { kind: 'register', register };
  if (!LISTS.includes(type)) {
    notices.push({ line, message: `!Type:${type} records are not bank transactions: skipped` });
  }
  return { kind: 'skip' };
}

/** The file ends inside a record: never import what may be a cut amount (`T-28` of `T-28,50`). */
function unterminated(fields: readonly QifField[]): StatementError {
  const start = fields[0]?.line ?? null;
  const message = `the record started on line ${start} has no closing ^: the file is cut off`;
  return { code: 'TRUNCATED', line: fields.at(-1)?.line ?? start, message };
}
