import { err, ok } from '../../result/result.ts';
import { combineErrors } from '../ofx/combine-errors.ts';
import type { StatementParser } from '../statement-parser.ts';
import type {
  ParsedAccount,
  ParsedAccountKind,
  ParsedBalance,
  ParsedTransaction,
  StatementError,
  StatementNotice,
} from '../statement-types.ts';
import { decideDecimalMark } from './qif-amounts.ts';
import { decideDateOrder, splitQifDate, type QifDateParts } from './qif-dates.ts';
import { readQifDocument, type QifAccountBlock } from './qif-records.ts';
import { readQifRecord } from './qif-transaction.ts';

// QIF carries no currency; Pointage's books are in euros.
const CURRENCY = 'EUR';

const KINDS: Readonly<Record<string, ParsedAccountKind>> = {
  bank: 'CHECKING',
  ccard: 'DEFERRED_CARD',
};

/** Quicken Interchange Format: bank, cash and card registers; lists and templates are skipped. */
export const qifParser: StatementParser = {
  format: 'qif',

  sniff(text, fileName) {
    const head = text.slice(0, 2000).trimStart();
    if (/^!(Type|Option|Account|Clear)\b/i.test(head)) return 95;
    if (/^!Type:/im.test(head)) return 70;
    return /\.qif$/i.test(fileName) && /^\^\s*$/m.test(text) ? 40 : 0;
  },

  parse({ decoded }) {
    if (decoded.text.trim() === '') {
      return err({ code: 'EMPTY_FILE', line: null, message: 'the file is empty' });
    }
    const document = readQifDocument(decoded.text);
    if (!document.ok) return document;
    const { accounts: blocks, entries, forcedOrder } = document.value;
    const notices: StatementNotice[] = [...document.value.notices];

    // Order and decimal mark are decided once for the whole file, from every record.
    const dates = entries
      .map(({ record }) => record.fields.find((field) => field.code === 'D')?.value)
      .map((text) => (text ? splitQifDate(text) : null))
      .filter((parts): parts is QifDateParts => parts !== null);
    const decision = decideDateOrder(dates, forcedOrder);
    if (decision.isDefault) {
      const order = decision.order === 'DMY' ? 'day/month' : 'month/day';
      notices.push({ line: null, message: `every date reads both ways: read as ${order}` });
    }
    const amountCodes = ['T', 'U', '$'];
    const mark = decideDecimalMark(
      entries.flatMap(({ record }) =>
        record.fields
          .filter((field) => amountCodes.includes(field.code))
          .map((field) => field.value),
      ),
    );

    const accounts = new Map(blocks.map((block) => [block.key, emptyAccount(block)]));
    const problems: StatementError[] = [];
    for (const { record, accountKey } of entries) {
      const account = accounts.get(accountKey);
      if (!account) continue;
      const reading = {
        order: decision.order,
        mark,
        currency: CURRENCY,
        accountName: account.name,
        notices,
      };
      const item = readQifRecord(record, reading);
      if (!item.ok) problems.push(...item.error);
      else if (item.value.kind === 'opening') account.balances.push(item.value.balance);
      else account.transactions.push(item.value.transaction);
    }
    if (problems.length > 0) return err(combineErrors(problems));

    notices.push({
      line: null,
      message: `QIF gives no account number and no currency: ${CURRENCY} assumed`,
    });
    const variant = `qif-${decision.order.toLowerCase()}`;
    return ok({
      format: 'qif',
      variant,
      encoding: decoded.encoding,
      accounts: [...accounts.values()],
      notices,
    });
  },
};

type Building = ParsedAccount & { balances: ParsedBalance[]; transactions: ParsedTransaction[] };

function emptyAccount(block: QifAccountBlock): Building {
  return {
    ref: null,
    iban: null,
    bankId: null,
    kind: KINDS[(block.type ?? '').toLowerCase()] ?? 'UNKNOWN',
    name: block.name,
    currency: CURRENCY,
    balances: [],
    transactions: [],
  };
}
