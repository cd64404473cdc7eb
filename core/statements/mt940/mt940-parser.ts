import { err, ok } from '../../result/result.ts';
import type { StatementParser } from '../statement-parser.ts';
import { splitFields } from './mt940-fields.ts';
import { readStatements } from './mt940-statements.ts';
import { toSteps } from './mt940-steps.ts';

/** SWIFT MT940 customer statements, with or without the SWIFT envelope or a bank preamble. */
export const mt940Parser: StatementParser = {
  format: 'mt940',

  sniff(text, fileName) {
    const hasBalance = /^:60[FM]:/m.test(text);
    const hasHeader = /^:(20|25):/m.test(text);
    if (hasBalance && hasHeader) return /^:61:/m.test(text) || /^:62[FM]:/m.test(text) ? 90 : 70;
    return hasHeader && /\.(sta|mt940|940)$/i.test(fileName) ? 40 : 0;
  },

  parse({ decoded }) {
    const { fields, hasSwiftEnvelope } = splitFields(decoded.text);
    const statements = readStatements(toSteps(fields));
    if (!statements.ok) return statements;
    if (statements.value.accounts.length === 0) {
      const message = 'no :25: account and :60F: opening balance found: not an MT940 statement';
      return err({ code: 'MALFORMED', line: null, message });
    }
    return ok({
      format: 'mt940',
      variant: hasSwiftEnvelope ? 'mt940-swift' : 'mt940',
      encoding: decoded.encoding,
      accounts: statements.value.accounts,
      notices: statements.value.notices,
    });
  },
};
