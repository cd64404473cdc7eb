import type { CalendarDate } from '../../dates/calendar-date.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type { StatementError } from '../statement-types.ts';
import { directionOf, readAmount, readDateChoice, readStatus } from './camt-values.ts';
import { child, descendants, text, type XmlNode } from './xml-node.ts';

/** One `<Ntry>` as the file writes it, before the balances have had their say on its sign. */
export interface CamtEntry {
  readonly node: XmlNode;
  readonly line: number;
  /** AcctSvcrRef (or NtryRef); null when absent or a placeholder such as NONREF. */
  readonly ref: string | null;
  readonly status: 'BOOKED' | 'PENDING';
  /** Unsigned amount of the entry in `currency`. */
  readonly cents: number;
  /** The direction CdtDbtInd states: +1 credit, -1 debit. */
  readonly direction: 1 | -1;
  readonly currency: string;
  readonly isReversal: boolean;
  readonly bookingDate: CalendarDate;
  readonly valueDate: CalendarDate | null;
  readonly details: readonly XmlNode[];
}

// Banks write these where a reference is mandatory but they have none to give.
const PLACEHOLDER_REFS = new Set(['NONREF', 'NOTPROVIDED', 'NOTSPROVIDED', 'NONE']);

export function usableRef(value: string | null): string | null {
  return value !== null && !PLACEHOLDER_REFS.has(value.toUpperCase()) ? value : null;
}

export function entryName(entry: { readonly ref: string | null; readonly line: number }): string {
  return entry.ref ?? `the entry without reference on line ${entry.line}`;
}

/** Reads one entry; `'INFO'` marks an informational entry that is not a movement. */
export function readEntry(
  node: XmlNode,
  line: number,
  accountCurrency: string,
): Result<CamtEntry | 'INFO', StatementError> {
  const ref = usableRef(text(node, 'AcctSvcrRef')) ?? usableRef(text(node, 'NtryRef'));
  const where = ref === null ? 'entry' : `entry ${ref}`;

  const status = readStatus(node);
  if (status === 'INFO') return ok('INFO');
  if (typeof status !== 'string') {
    const message = `${where}: status "${status.unknown ?? ''}" is not BOOK, PDNG, FUTR or INFO`;
    return err({ code: 'MALFORMED', line, message });
  }

  const amount = readAmount(child(node, 'Amt'), line, where);
  if (!amount.ok) return amount;
  const direction = directionOf(node);
  if (direction === null) {
    const message = `${where}: CdtDbtInd must be CRDT or DBIT`;
    return err({ code: 'MISSING_FIELD', line, message });
  }

  const booking = readDateChoice(child(node, 'BookgDt'));
  const value = readDateChoice(child(node, 'ValDt'));
  if (booking === 'INVALID' || value === 'INVALID') {
    const tag = booking === 'INVALID' ? 'BookgDt' : 'ValDt';
    const written = text(node, tag, 'Dt') ?? text(node, tag, 'DtTm') ?? '';
    const message = `${where}: ${tag} "${written}" is not a date (expected YYYY-MM-DD)`;
    return err({ code: 'BAD_DATE', line, message });
  }
  const bookingDate = booking ?? value;
  if (bookingDate === null) {
    return err({ code: 'MISSING_FIELD', line, message: `${where}: no BookgDt and no ValDt` });
  }

  return ok({
    node,
    line,
    ref,
    status,
    cents: amount.value.cents,
    direction,
    currency: amount.value.currency ?? accountCurrency,
    isReversal: text(node, 'RvslInd')?.toLowerCase() === 'true',
    bookingDate,
    valueDate: value,
    details: descendants(node, 'NtryDtls', 'TxDtls'),
  });
}
