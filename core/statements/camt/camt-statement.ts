import { err, ok, type Result } from '../../result/result.ts';
import type {
  ParsedBalance,
  ParsedTransaction,
  StatementError,
  StatementNotice,
} from '../statement-types.ts';
import { readEntry, type CamtEntry } from './camt-entry.ts';
import { entryLines } from './camt-lines.ts';
import { checkStatement } from './camt-reconcile.ts';
import { directionOf, readAmount, readDateChoice } from './camt-values.ts';
import { attribute, child, children, text, type XmlNode } from './xml-node.ts';

/** What one `<Stmt>` (053), `<Rpt>` (052) or `<Ntfctn>` (054) says about its account. */
export interface CamtStatement {
  readonly iban: string | null;
  readonly ref: string | null;
  readonly bankId: string | null;
  readonly name: string | null;
  readonly currency: string;
  readonly balances: readonly ParsedBalance[];
  readonly transactions: readonly ParsedTransaction[];
  readonly notices: readonly StatementNotice[];
}

const BALANCE_KINDS: Readonly<Record<string, ParsedBalance['kind']>> = {
  OPBD: 'OPENING',
  PRCD: 'OPENING',
  CLBD: 'CLOSING',
  CLAV: 'AVAILABLE',
  ITBD: 'INTERMEDIATE',
};

export function readStatement(
  node: XmlNode,
  lineOf: (node: XmlNode) => number,
): Result<CamtStatement, StatementError> {
  const line = lineOf(node);
  const name = text(node, 'Id') ?? `on line ${line}`;
  const account = child(node, 'Acct');
  const iban = text(account, 'Id', 'IBAN');
  const currency =
    text(account, 'Ccy') ??
    attribute(child(node, 'Bal', 'Amt'), 'Ccy') ??
    attribute(child(node, 'Ntry', 'Amt'), 'Ccy') ??
    'EUR';

  const balances: ParsedBalance[] = [];
  const totals = new Map<string, number>();
  for (const balance of children(node, 'Bal')) {
    const code =
      text(balance, 'Tp', 'CdOrPrtry', 'Cd') ?? text(balance, 'Tp', 'CdOrPrtry', 'Prtry');
    const kind = code === null ? undefined : BALANCE_KINDS[code];
    if (code === null || kind === undefined) continue;
    const read = readBalance(balance, lineOf(balance), code, kind, currency);
    if (!read.ok) return read;
    balances.push(read.value);
    if (!totals.has(code)) totals.set(code, read.value.amountCents);
  }

  const notices: StatementNotice[] = [];
  const entries: CamtEntry[] = [];
  for (const entryNode of children(node, 'Ntry')) {
    const entry = readEntry(entryNode, lineOf(entryNode), currency);
    if (!entry.ok) return entry;
    if (entry.value === 'INFO') {
      notices.push({ line: lineOf(entryNode), message: 'informational entry (INFO) not imported' });
    } else {
      entries.push(entry.value);
    }
  }

  const opening = totals.get('OPBD') ?? totals.get('PRCD') ?? null;
  const frame = { name, line, currency, opening, closing: totals.get('CLBD') ?? null };
  const check = checkStatement(frame, entries);
  if (!check.ok) return check;
  notices.push(...check.value.notices);

  const transactions = entries.flatMap((entry) => {
    const isFlipped = check.value.flipped.has(entry);
    return entryLines(entry, isFlipped ? opposite(entry.direction) : entry.direction, notices);
  });
  return ok({
    iban,
    ref: iban ?? text(account, 'Id', 'Othr', 'Id'),
    bankId:
      text(account, 'Svcr', 'FinInstnId', 'BICFI') ?? text(account, 'Svcr', 'FinInstnId', 'BIC'),
    name: text(account, 'Nm'),
    currency,
    balances,
    transactions,
    notices,
  });
}

function readBalance(
  balance: XmlNode,
  line: number,
  code: string,
  kind: ParsedBalance['kind'],
  accountCurrency: string,
): Result<ParsedBalance, StatementError> {
  const where = `${code} balance`;
  const amount = readAmount(child(balance, 'Amt'), line, where);
  if (!amount.ok) return amount;
  const direction = directionOf(balance);
  if (direction === null) {
    return err({
      code: 'MISSING_FIELD',
      line,
      message: `${where}: CdtDbtInd must be CRDT or DBIT`,
    });
  }
  const date = readDateChoice(child(balance, 'Dt'));
  if (date === null || date === 'INVALID') {
    const code = date === null ? 'MISSING_FIELD' : 'BAD_DATE';
    return err({ code, line, message: `${where}: <Dt> must hold a valid <Dt> or <DtTm>` });
  }
  return ok({
    kind,
    date,
    amountCents: direction * amount.value.cents,
    currency: amount.value.currency ?? accountCurrency,
  });
}

function opposite(direction: 1 | -1): 1 | -1 {
  return direction === 1 ? -1 : 1;
}
