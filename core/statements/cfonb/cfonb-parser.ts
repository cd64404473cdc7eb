import { err, ok } from '../../result/result.ts';
import type { StatementParser } from '../statement-parser.ts';
import { toAccounts } from './cfonb-accounts.ts';
import { readRecord, RECORD_LENGTH, splitRecords } from './cfonb-record.ts';
import { groupSections } from './cfonb-sections.ts';

const RECORD_START = /^0[1457]\d{5}/;

/** CFONB 120 ("relevé de compte 120 caractères"), as French banks deliver it to pro accounts. */
export const cfonbParser: StatementParser = {
  format: 'cfonb120',

  sniff(text, fileName) {
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
    const first = lines[0] ?? '';
    if (!first.startsWith('01') || !RECORD_START.test(first)) return 0;
    const isFixedWidth = lines.every(
      (line) => RECORD_START.test(line) && line.length <= RECORD_LENGTH,
    );
    if (isFixedWidth) return 95;
    return /\.(cfo|cfonb|120)$/i.test(fileName) ? 60 : 0;
  },

  parse({ decoded }) {
    const split = splitRecords(decoded.text);
    if (!split.ok) return split;
    const records = split.value.map(({ record, line }) => readRecord(record, line));
    if (records.length === 0) {
      return err({ code: 'EMPTY_FILE', line: null, message: 'no CFONB record in the file' });
    }
    const sections = groupSections(records);
    if (!sections.ok) return sections;
    const accounts = toAccounts(sections.value);
    if (!accounts.ok) return accounts;
    return ok({
      format: 'cfonb120',
      variant: 'cfonb120',
      encoding: decoded.encoding,
      accounts: accounts.value,
      notices: [],
    });
  },
};
