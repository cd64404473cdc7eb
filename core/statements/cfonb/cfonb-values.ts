import { calendarDate, type CalendarDate } from '../../dates/calendar-date.ts';

// The sign is "overpunched" into the last character: { A–I for +0…+9, } J–R for -0…-9.
const POSITIVE = '{ABCDEFGHI';
const NEGATIVE = '}JKLMNOPQR';

/** 14-character amount with `decimals` implied decimals, as signed cents; null if unreadable. */
export function readOverpunchedAmount(field: string, decimals: string): number | null {
  const match = /^(\d{13})(.)$/.exec(field);
  const places = Number(decimals);
  if (!match || !/^\d$/.test(decimals)) return null;
  const last = match[2] ?? '';
  const positive = POSITIVE.indexOf(last);
  const negative = NEGATIVE.indexOf(last);
  if (positive < 0 && negative < 0) return null;

  const units = Number(`${match[1] ?? ''}${positive >= 0 ? positive : negative}`);
  const scale = 10 ** Math.abs(places - 2);
  if (places > 2 && units % scale !== 0) return null;
  const cents = places > 2 ? units / scale : units * scale;
  if (!Number.isSafeInteger(cents)) return null;
  return positive >= 0 || cents === 0 ? cents : -cents;
}

/** `DDMMYY` → calendar date (20YY, or 19YY from 80 on); null when it is no date. */
export function readDdmmyy(written: string): CalendarDate | null {
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(written);
  if (!match) return null;
  const yy = Number(match[3]);
  return calendarDate(yy >= 80 ? 1900 + yy : 2000 + yy, Number(match[2]), Number(match[1]));
}
