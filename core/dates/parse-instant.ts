import { parisDateOf, type CalendarDate } from './calendar-date.ts';

/**
 * The Paris day of a timestamp written with an explicit offset or as UTC.
 * `offsetMinutes` is the zone of the written wall-clock time (0 for UTC).
 */
export function parisDateOfWallClock(
  parts: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  offsetMinutes: number,
): CalendarDate | null {
  const utc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  const check = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  if (check.getUTCMonth() !== parts.month - 1 || check.getUTCDate() !== parts.day) return null;
  if (parts.hour > 23 || parts.minute > 59 || parts.second > 60) return null;
  return parisDateOf(new Date(utc - offsetMinutes * 60_000));
}
