import { calendarDate, type CalendarDate } from '../../dates/calendar-date.ts';
import { parisDateOfWallClock } from '../../dates/parse-instant.ts';
import { err, ok, type Result } from '../../result/result.ts';

// YYYYMMDD[HH[MM[SS]]][.mmm][zone]; some banks write `:037` where the spec has `.037`.
const OFX_DATE =
  /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2}))?)?)?(?:[.:]\d{1,6})?\s*(\[[^\]]*\])?$/;

// `[+1:CET]`, `[-5:EST]`, `[+5.30:IST]`, `[0:GMT]`, `[+2]`.
const ZONE = /^\[\s*([+-]?)(\d{1,2})(?:\.(\d{1,2}))?\s*(?::\s*([A-Za-z]*))?\s*\]$/;

/**
 * The Paris calendar day of an OFX date. With a zone, the instant is converted (23:30 UTC on
 * 31 October is 1 November in Paris); without one, the date is the Paris date as written, which
 * is what French banks mean even though the spec says GMT.
 */
export function parseOfxDate(text: string): Result<CalendarDate, string> {
  const match = OFX_DATE.exec(text.trim());
  if (!match) return err(`"${text}" is not an OFX date (YYYYMMDD[HHMMSS][.mmm][±h:TZ])`);
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];

  if (!calendarDate(year, month, day)) {
    return err(`"${text}" is not a date: ${pad(day)}/${pad(month)}/${year} does not exist`);
  }
  const [hour, minute, second] = [match[4], match[5], match[6]].map((part) =>
    Number(part ?? 0),
  ) as [number, number, number];
  if (hour > 23 || minute > 59 || second > 60) return err(`"${text}" has no such time of day`);

  const zone = match[7];
  if (zone === undefined) return ok(calendarDate(year, month, day) as CalendarDate);
  const offset = zoneOffsetMinutes(zone);
  if (offset === null) return err(`"${text}" has an unreadable time zone ${zone}`);
  const paris = parisDateOfWallClock({ year, month, day, hour, minute, second }, offset);
  return paris ? ok(paris) : err(`"${text}" is not a date`);
}

/** Minutes east of UTC for `[+1:CET]`; null when the bracket is not a zone. */
export function zoneOffsetMinutes(zone: string): number | null {
  const match = ZONE.exec(zone);
  if (!match) return null;
  const hours = Number(match[2]);
  const fraction = match[3] ?? '';
  // `.30` is read as minutes (India's +5.30), a single digit as tenths of an hour (`+5.5`).
  const minutes = fraction.length === 2 ? Number(fraction) : Number(fraction || 0) * 6;
  if (hours > 14 || minutes > 59) return null;
  const total = hours * 60 + minutes;
  return match[1] === '-' ? -total : total;
}

function pad(value: number): string {
  return value.toString().padStart(2, '0');
}
