import { err, ok, type Result } from '../../result/result.ts';
import type { StatementError } from '../statement-types.ts';

/** One 120-character CFONB record, cut at the positions of the CFONB "relevé de compte" layout. */
export interface CfonbRecord {
  readonly line: number;
  /** `01` old balance, `04` operation, `05` operation complement, `07` new balance. */
  readonly code: string;
  readonly bank: string;
  readonly internalCode: string;
  readonly branch: string;
  readonly currency: string;
  readonly decimals: string;
  readonly account: string;
  readonly operationCode: string;
  /** DDMMYY: balance date (01/07) or booking date (04). */
  readonly date: string;
  readonly valueDate: string;
  readonly label: string;
  readonly entryNumber: string;
  readonly amount: string;
  readonly reference: string;
  /** 05 only: `LIB`, `NPY`, `NBE`, `LCC`, `LC2`, `RCN`, `IBE`, `RUM`… */
  readonly qualifier: string;
  readonly complement: string;
}

export const RECORD_LENGTH = 120;

/** Positions are 1-based and inclusive, as the CFONB specification writes them. */
function cut(record: string, from: number, to: number): string {
  return record.slice(from - 1, to);
}

export function readRecord(record: string, line: number): CfonbRecord {
  return {
    line,
    code: cut(record, 1, 2),
    bank: cut(record, 3, 7),
    internalCode: cut(record, 8, 11),
    branch: cut(record, 12, 16),
    currency: cut(record, 17, 19),
    decimals: cut(record, 20, 20),
    account: cut(record, 22, 32),
    operationCode: cut(record, 33, 34),
    date: cut(record, 35, 40),
    valueDate: cut(record, 43, 48),
    label: cut(record, 49, 79),
    entryNumber: cut(record, 82, 88),
    amount: cut(record, 91, 104),
    reference: cut(record, 105, 120),
    qualifier: cut(record, 46, 48),
    complement: cut(record, 49, 118),
  };
}

export interface NumberedRecord {
  readonly record: string;
  readonly line: number;
}

/**
 * The records of the file with their line numbers. Editors often strip trailing spaces, so a
 * short record is padded; some exports have no line breaks and chain records on one line.
 */
export function splitRecords(text: string): Result<NumberedRecord[], StatementError> {
  const records: NumberedRecord[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    if (line.length % RECORD_LENGTH !== 0 && line.length > RECORD_LENGTH) {
      const message =
        `record of ${line.length} characters: CFONB records are ${RECORD_LENGTH} characters ` +
        'long (was the file re-saved by an editor or a spreadsheet?)';
      return err({ code: 'MALFORMED', line: index + 1, message });
    }
    for (let at = 0; at < line.length; at += RECORD_LENGTH) {
      const record = line.slice(at, at + RECORD_LENGTH).padEnd(RECORD_LENGTH, ' ');
      records.push({ record, line: index + 1 });
    }
  }
  return ok(records);
}
