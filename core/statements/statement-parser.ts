import type { Result } from '../result/result.ts';
import type { DecodedText } from './decode-bytes.ts';
import type { ParsedStatement, StatementError, StatementFormat } from './statement-types.ts';

export interface ParseInput {
  readonly fileName: string;
  readonly decoded: DecodedText;
  /** The raw bytes, for formats whose declared charset matters (OFX, QIF). */
  readonly bytes: Uint8Array;
}

/** One parser per format; the registry asks each how sure it is, then the surest parses. */
export interface StatementParser {
  readonly format: StatementFormat;
  /** 0 = not this format, 100 = certain. Looks only at the decoded text and the file name. */
  sniff(text: string, fileName: string): number;
  parse(input: ParseInput): Result<ParsedStatement, StatementError>;
}
