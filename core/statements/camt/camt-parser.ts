import { err, ok } from '../../result/result.ts';
import type { StatementParser } from '../statement-parser.ts';
import type { ParsedAccount, StatementNotice } from '../statement-types.ts';
import { readStatement, type CamtStatement } from './camt-statement.ts';
import { lineLocator } from './line-locator.ts';
import { checkXml } from './xml-guard.ts';
import { child, children, parseXmlTree, startOffset, type XmlNode } from './xml-node.ts';

const NAMESPACE = /urn:iso:std:iso:20022:tech:xsd:(camt\.05[234]\.\d{3}\.\d{2})/;

// Message root → repeated statement element, per message type.
const MESSAGES = [
  { root: 'BkToCstmrStmt', item: 'Stmt', type: 'camt.053' },
  { root: 'BkToCstmrAcctRpt', item: 'Rpt', type: 'camt.052' },
  { root: 'BkToCstmrDbtCdtNtfctn', item: 'Ntfctn', type: 'camt.054' },
] as const;

/** ISO 20022 bank-to-customer statements (053), account reports (052) and notifications (054). */
export const camtParser: StatementParser = {
  format: 'camt',

  sniff(text, fileName) {
    if (NAMESPACE.test(text)) return 95;
    if (MESSAGES.some(({ root }) => text.includes(`${root}>`))) return 85;
    return /\.(xml|camt|053|052)$/i.test(fileName) && text.includes('<Ntry>') ? 40 : 0;
  },

  parse({ decoded }) {
    const text = decoded.text;
    const problem = checkXml(text);
    if (problem) return err(problem);

    const document = parseXmlTree(text);
    const root = child(document, 'Document') ?? document;
    const message = MESSAGES.find(({ root: name }) => child(root, name) !== undefined);
    if (!message) {
      const expected = MESSAGES.map(({ root: name }) => name).join(', ');
      return err({ code: 'MALFORMED', line: null, message: `no ${expected} element: not camt` });
    }

    const lineAt = lineLocator(text);
    const lineOf = (node: XmlNode) => lineAt(startOffset(node) ?? 0);
    const accounts = new Map<string, ParsedAccount>();
    const notices: StatementNotice[] = [];
    for (const node of children(child(root, message.root), message.item)) {
      const statement = readStatement(node, lineOf);
      if (!statement.ok) return statement;
      notices.push(...statement.value.notices);
      const key = statement.value.ref ?? `line ${lineOf(node)}`;
      accounts.set(key, merge(accounts.get(key), statement.value));
    }

    return ok({
      format: 'camt',
      variant: NAMESPACE.exec(text)?.[1] ?? message.type,
      encoding: decoded.encoding,
      accounts: [...accounts.values()],
      notices,
    });
  },
};

/** Several statements of one account (same IBAN) in one file make one account. */
function merge(account: ParsedAccount | undefined, statement: CamtStatement): ParsedAccount {
  return {
    ref: statement.ref,
    iban: statement.iban,
    bankId: account?.bankId ?? statement.bankId,
    kind: 'UNKNOWN',
    name: account?.name ?? statement.name,
    currency: statement.currency,
    balances: [...(account?.balances ?? []), ...statement.balances],
    transactions: [...(account?.transactions ?? []), ...statement.transactions],
  };
}
