import { calendarDate, type CalendarDate } from '../../dates/calendar-date.ts';
import { parisDateOfWallClock } from '../../dates/parse-instant.ts';
import { parseAmountToCents } from '../../money/parse-amount.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type { StatementError } from '../statement-types.ts';
import { attribute, child, text, type XmlNode } from './xml-node.ts';

export interface CamtAmount {
  /** Unsigned, as ISO 20022 writes it; the sign comes from CdtDbtInd. */
  readonly cents: number;
  readonly currency: string | null;
}

/** `<Amt Ccy="EUR">612.4</Amt>`: dot decimals, zero padding and up to 5 decimals allowed. */
export function readAmount(
  amt: XmlNode | undefined,
  line: number,
  where: string,
): Result<CamtAmount, StatementError> {
  const written = text(amt);
  if (written === null) {
    return err({ code: 'MISSING_FIELD', line, message: `${where}: <Amt> is missing or empty` });
  }
  const cents = parseAmountToCents(written, '.');
  if (!cents.ok || cents.value < 0) {
    const reason = cents.ok ? 'amounts are unsigned in camt' : cents.error.reason;
    return err({ code: 'BAD_AMOUNT', line, message: `${where}: amount "${written}" (${reason})` });
  }
  return ok({ cents: cents.value, currency: attribute(amt, 'Ccy') });
}

/** +1 for CRDT, -1 for DBIT, null for anything else. */
export function directionOf(node: XmlNode | undefined): 1 | -1 | null {
  const indicator = text(node, 'CdtDbtInd');
  if (indicator === 'CRDT') return 1;
  if (indicator === 'DBIT') return -1;
  return null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A `DateAndDateTimeChoice` (`<Dt>` or `<DtTm>`) as a Paris day. A zone written after a date
 * (`2026-10-01+02:00`) does not move the day; a date-time with a zone is converted to Paris; a
 * date-time without a zone is already local time.
 */
export function readDateChoice(node: XmlNode | undefined): CalendarDate | 'INVALID' | null {
  const day = text(node, 'Dt');
  if (day !== null) return dateOf(day) ?? 'INVALID';
  const dateTime = text(node, 'DtTm');
  if (dateTime === null) return null;
  return dateTimeOf(dateTime) ?? 'INVALID';
}

function dateOf(written: string): CalendarDate | null {
  const match = ISO_DATE.exec(written);
  if (!match) return null;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function dateTimeOf(written: string): CalendarDate | null {
  const match = ISO_DATE_TIME.exec(written);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  const local = calendarDate(year, month, day);
  const zone = match[7];
  if (zone === undefined || local === null) return local;
  const parts = { year, month, day, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 };
  return parisDateOfWallClock(parts, zoneMinutes(zone));
}

function zoneMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

export type EntryStatus = 'BOOKED' | 'PENDING' | 'INFO';

/** `<Sts>BOOK</Sts>` (up to .07) or `<Sts><Cd>BOOK</Cd></Sts>` (.08 and later). */
export function readStatus(entry: XmlNode): EntryStatus | { readonly unknown: string | null } {
  const status = child(entry, 'Sts');
  const code = text(status) ?? text(status, 'Cd') ?? text(status, 'Prtry');
  if (code === null) return { unknown: null };
  switch (code) {
    case 'BOOK':
      return 'BOOKED';
    case 'PDNG':
    case 'FUTR':
      return 'PENDING';
    case 'INFO':
      return 'INFO';
    default:
      return { unknown: code };
  }
}
