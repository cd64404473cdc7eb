import {
  calendarDate,
  daysBetween,
  daysInMonth,
  type CalendarDate,
} from '../../dates/calendar-date.ts';

export interface WrittenDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** `YYMMDD` → parts (20YY, or 19YY from 80 on); null when not six digits or no such month. */
export function readYymmdd(written: string): WrittenDate | null {
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(written);
  if (!match) return null;
  const yy = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  return { year: yy >= 80 ? 1900 + yy : 2000 + yy, month, day };
}

export function dateOf(parts: WrittenDate): CalendarDate | null {
  return calendarDate(parts.year, parts.month, parts.day);
}

/**
 * The entry date `MMDD` has no year: take the year that puts it nearest the value date, so a
 * value date of 02/01/2027 with entry date 12-31 gives 31/12/2026, not 31/12/2027 (wolph/mt940
 * #121, a-fas/mt940js #89). An impossible value date (30 February) still anchors by its month.
 */
export function entryDateNear(mmdd: string, value: WrittenDate): CalendarDate | null {
  const month = Number(mmdd.slice(0, 2));
  const day = Number(mmdd.slice(2, 4));
  const anchor = calendarDate(
    value.year,
    value.month,
    Math.min(value.day, daysInMonth(value.year, value.month)),
  );
  if (anchor === null) return null;

  let best: CalendarDate | null = null;
  for (const year of [value.year - 1, value.year, value.year + 1]) {
    const candidate = calendarDate(year, month, day);
    if (candidate === null) continue;
    const distance = Math.abs(daysBetween(candidate, anchor));
    if (best === null || distance < Math.abs(daysBetween(best, anchor))) best = candidate;
  }
  return best;
}
