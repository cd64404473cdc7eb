import { err, ok } from '../../result/result.ts';
import type { StatementParser } from '../statement-parser.ts';
import type { ParsedAccount, StatementError, StatementNotice } from '../statement-types.ts';
import { combineErrors } from './combine-errors.ts';
import { readOfxAccount } from './ofx-account.ts';
import { findAll } from './ofx-element.ts';
import { formatOfxVersion, readOfxHeader, type OfxHeader } from './ofx-header.ts';
import { tokenizeOfx } from './ofx-tokenizer.ts';
import { buildOfxTree } from './ofx-tree.ts';

/** OFX 1.x SGML, OFX 2.x XML and Quicken's QFX: one account per STMTRS / CCSTMTRS. */
export const ofxParser: StatementParser = {
  format: 'ofx',

  sniff(text, fileName) {
    const head = text.slice(0, 4000);
    if (/^\s*OFXHEADER\s*:/i.test(head) || /<\?OFX\s/i.test(head)) return 100;
    if (/<OFX>/i.test(head)) return 90;
    return /\.(ofx|qfx)$/i.test(fileName) && /<STMTTRN>/i.test(text) ? 60 : 0;
  },

  parse({ fileName, decoded }) {
    const text = decoded.text;
    if (text.trim() === '') {
      return err({ code: 'EMPTY_FILE', line: null, message: 'the file is empty' });
    }

    const header = readOfxHeader(text);
    const notices: StatementNotice[] = headerNotices(header, decoded.encoding, text);
    const tree = buildOfxTree(tokenizeOfx(text));
    if (!tree.ok) return tree;

    const statements = findAll(tree.value, ['STMTRS', 'CCSTMTRS']);
    if (statements.length === 0) {
      const message = 'no bank or card statement (STMTRS / CCSTMTRS) in this OFX file';
      return err({ code: 'MALFORMED', line: null, message });
    }

    const accounts: ParsedAccount[] = [];
    const problems: StatementError[] = [];
    for (const statement of statements) {
      const account = readOfxAccount(statement, notices);
      if (account.ok) accounts.push(account.value);
      else problems.push(...account.error);
    }
    // Nothing is half-imported: one bad row rejects the whole file.
    if (problems.length > 0) return err(combineErrors(problems));

    const isQfx = /\.qfx$/i.test(fileName) || /<INTU\./i.test(text);
    const version = formatOfxVersion(header.version);
    const variant = `${isQfx ? 'qfx' : 'ofx'}${version ? `-${version}` : ''}`;
    return ok({ format: 'ofx', variant, encoding: decoded.encoding, accounts, notices });
  },
};

function headerNotices(header: OfxHeader, encoding: string, text: string): StatementNotice[] {
  if (header.kind === 'none') {
    return [{ line: null, message: 'no OFX header: read as OFX 1.x from the <OFX> tag' }];
  }
  // The bytes decide the encoding (B16); say so when the header claimed otherwise.
  const declared = header.charset;
  const hasNonAscii = /[^\t\n\r -~]/.test(text);
  if (!declared || !hasNonAscii || /^none$/i.test(declared)) return [];
  if (/utf-?8/i.test(declared) === (encoding === 'utf-8')) return [];
  return [
    { line: null, message: `header declares CHARSET ${declared} but the bytes are ${encoding}` },
  ];
}
