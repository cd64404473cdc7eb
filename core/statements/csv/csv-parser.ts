import type { StatementParser } from '../statement-parser.ts';
import { readCsvStatement } from './csv-statement.ts';
import { findLayout } from './find-layout.ts';

/**
 * CSV exports of French banks and neobanks. The header picks the bank preset; a file whose
 * header no preset knows is not sniffed as CSV, so the registry can say which format it is not.
 */
export const csvParser: StatementParser = {
  format: 'csv',

  sniff(text, fileName) {
    const layout = findLayout(text);
    if (!layout) return 0;
    const score = layout.preset.isGeneric ? 60 : 90;
    return /\.csv$/i.test(fileName) ? score + 5 : score;
  },

  parse({ decoded }) {
    return readCsvStatement(decoded.text, decoded.encoding);
  },
};
