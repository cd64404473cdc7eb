import { err, type Result } from '../result/result.ts';
import { camtParser } from './camt/camt-parser.ts';
import { cfonbParser } from './cfonb/cfonb-parser.ts';
import { csvParser } from './csv/csv-parser.ts';
import { decodeStatementBytes } from './decode-bytes.ts';
import { mt940Parser } from './mt940/mt940-parser.ts';
import { ofxParser } from './ofx/ofx-parser.ts';
import { qifParser } from './qif/qif-parser.ts';
import type { StatementParser } from './statement-parser.ts';
import type { ParsedStatement, StatementError } from './statement-types.ts';

export const MAX_STATEMENT_BYTES = 20 * 1024 * 1024;

const PARSERS: readonly StatementParser[] = [
  ofxParser,
  camtParser,
  mt940Parser,
  cfonbParser,
  qifParser,
  csvParser,
];

/** Detects the format of a statement file by its content and parses it. */
export function readStatement(
  bytes: Uint8Array,
  fileName: string,
): Result<ParsedStatement, StatementError> {
  if (bytes.byteLength === 0) {
    return err({ code: 'EMPTY_FILE', line: null, message: 'the file is empty' });
  }
  if (bytes.byteLength > MAX_STATEMENT_BYTES) {
    return err({
      code: 'FILE_TOO_LARGE',
      line: null,
      message: `the file is ${bytes.byteLength} bytes; statements over ${MAX_STATEMENT_BYTES} bytes are refused (split it by period)`,
    });
  }
  const decoded = decodeStatementBytes(bytes);
  if (decoded.text.trim() === '') {
    return err({ code: 'EMPTY_FILE', line: null, message: 'the file holds only blank lines' });
  }

  let best: { parser: StatementParser; score: number } | null = null;
  for (const parser of PARSERS) {
    const score = parser.sniff(decoded.text, fileName);
    if (score > 0 && (!best || score > best.score)) best = { parser, score };
  }
  if (!best) {
    return err({
      code: 'UNKNOWN_FORMAT',
      line: null,
      message:
        'unknown statement format: expected OFX/QFX, QIF, CAMT.053/052, CFONB 120, MT940 or a bank CSV export',
    });
  }
  return best.parser.parse({ fileName, decoded, bytes });
}

/** `releve.ofx, line 43: DTPOSTED 202611310000 is not a date` */
export function describeStatementError(fileName: string, error: StatementError): string {
  return `${fileName}${error.line ? `, line ${error.line}` : ''}: ${error.message} [${error.code}]`;
}
