import { err, ok, type Result } from '../../result/result.ts';
import type { StatementError } from '../statement-types.ts';
import type { CfonbRecord } from './cfonb-record.ts';

export interface CfonbOperation {
  readonly record: CfonbRecord;
  readonly complements: CfonbRecord[];
}

/** One account statement: 01 old balance, its 04 operations with their 05s, 07 new balance. */
export interface CfonbSection {
  readonly opening: CfonbRecord;
  readonly operations: CfonbOperation[];
  readonly closing: CfonbRecord;
}

/** Identity of the account a record belongs to: bank, branch, account number, currency. */
export function accountKey(record: CfonbRecord): string {
  return [record.bank, record.branch, record.account.trim(), record.currency].join('/');
}

/**
 * Groups records into sections. A 05 belongs to the 04 just above it, even when its internal
 * operation code differs (banks reuse the 05 of a related operation); it never floats alone.
 */
export function groupSections(
  records: readonly CfonbRecord[],
): Result<CfonbSection[], StatementError> {
  const sections: CfonbSection[] = [];
  let open: { opening: CfonbRecord; operations: CfonbOperation[] } | null = null;

  for (const record of records) {
    const fail = (message: string) =>
      err<StatementError>({ code: 'MALFORMED', line: record.line, message });
    if (record.code === '01') {
      if (open !== null)
        return fail(`01 record before the 07 closing the account of line ${open.opening.line}`);
      open = { opening: record, operations: [] };
      continue;
    }
    if (!['04', '05', '07'].includes(record.code)) {
      return fail(`record code "${record.code}" is not 01, 04, 05 or 07`);
    }
    if (open === null)
      return fail(`${record.code} record outside an account: no 01 old balance above it`);
    if (accountKey(record) !== accountKey(open.opening)) {
      const [found, expected] = [record.account.trim(), open.opening.account.trim()];
      return fail(`${record.code} record for account ${found} inside the section of ${expected}`);
    }

    if (record.code === '04') {
      open.operations.push({ record, complements: [] });
    } else if (record.code === '05') {
      const operation = open.operations.at(-1);
      if (!operation) return fail('05 complement with no 04 operation above it');
      operation.complements.push(record);
    } else {
      sections.push({ ...open, closing: record });
      open = null;
    }
  }

  if (open !== null) {
    const message =
      `the account opened on line ${open.opening.line} has no 07 new balance: ` +
      'the file looks cut off';
    return err({ code: 'TRUNCATED', line: open.opening.line, message });
  }
  return ok(sections);
}
