import type { ParsedTransaction, StatementNotice } from '../statement-types.ts';
import { entryName, usableRef, type CamtEntry } from './camt-entry.ts';
import { describeLine } from './camt-texts.ts';
import { readAmount } from './camt-values.ts';
import { child, text, type XmlNode } from './xml-node.ts';

/**
 * The ledger lines of one entry. A batch (several TxDtls, each with its own amount adding up to
 * the entry) gives one line per TxDtls, identified by the entry ref and its position (OCA
 * bank-statement-import #157 split with wrong amounts). Otherwise the entry amount is the line
 * amount: for a card payment abroad it is the EUR amount, never the instructed USD one.
 */
export function entryLines(
  entry: CamtEntry,
  sign: 1 | -1,
  notices: StatementNotice[],
): ParsedTransaction[] {
  if (entry.details.length > 1) {
    const parts = splitAmounts(entry);
    if (parts) {
      return entry.details.map((detail, index) => {
        const ownRef = usableRef(text(detail, 'Refs', 'AcctSvcrRef'));
        const providerId = entry.ref === null ? ownRef : `${entry.ref}/${index + 1}`;
        return line(entry, detail, sign * (parts[index] ?? 0), providerId);
      });
    }
    notices.push({
      line: entry.line,
      message:
        `${entryName(entry)}: its ${entry.details.length} transaction details do not carry ` +
        'amounts adding up to the entry, so it is kept as one line',
    });
  }

  const detail = entry.details.length === 1 ? entry.details[0] : undefined;
  const providerId =
    entry.ref ??
    usableRef(text(detail, 'Refs', 'AcctSvcrRef')) ??
    usableRef(text(detail, 'Refs', 'Prtry', 'Ref'));
  return [line(entry, detail, sign * entry.cents, providerId)];
}

/** Per-TxDtls amounts in the entry's currency when they all exist and add up; else null. */
function splitAmounts(entry: CamtEntry): number[] | null {
  const amounts: number[] = [];
  for (const detail of entry.details) {
    const node = child(detail, 'AmtDtls', 'TxAmt', 'Amt') ?? child(detail, 'Amt');
    if (!node) return null;
    const amount = readAmount(node, entry.line, entryName(entry));
    if (!amount.ok) return null;
    if (amount.value.currency !== null && amount.value.currency !== entry.currency) return null;
    amounts.push(amount.value.cents);
  }
  const total = amounts.reduce((sum, cents) => sum + cents, 0);
  return total === entry.cents ? amounts : null;
}

function line(
  entry: CamtEntry,
  detail: XmlNode | undefined,
  amountCents: number,
  providerId: string | null,
): ParsedTransaction {
  const texts = describeLine(entry, detail, amountCents);
  return {
    providerId,
    status: entry.status,
    bookingDate: entry.bookingDate,
    valueDate: entry.valueDate,
    operationDate: null,
    amountCents,
    currency: entry.currency,
    rawLabel: texts.rawLabel,
    label: texts.label,
    counterparty: texts.counterparty,
    counterpartyIban: texts.counterpartyIban,
    memo: texts.memo,
    line: entry.line,
    splits: [],
    hints: {},
  };
}
