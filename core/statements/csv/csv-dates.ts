import { calendarDate, type CalendarDate } from '../../dates/calendar-date.ts';
import { parisDateOfWallClock } from '../../dates/parse-instant.ts';

/** How a preset writes its dates. `UTC` timestamps become their Paris day. */
export type CsvDateFormat =
  | 'dd/mm/yyyy'
  | 'yyyy-mm-dd'
  | 'yyyy-mm-dd hh:mm:ss UTC'
  | 'dd-mm-yyyy hh:mm:ss UTC'
  | 'yyyy-mm-dd hh:mm:ss local';

const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_FIRST_TIME = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The calendar date a cell writes, or null when it is not a date of that format or no such day. */
export function parseCsvDate(text: string, format: CsvDateFormat): CalendarDate | null {
  switch (format) {
    case 'dd/mm/yyyy':
      return parseDayFirst(text);
    case 'yyyy-mm-dd': {
      const match = ISO_DAY.exec(text);
      return match ? calendarDate(num(match[1]), num(match[2]), num(match[3])) : null;
    }
    case 'yyyy-mm-dd hh:mm:ss UTC': {
      const match = ISO_TIME.exec(text);
      return match ? utcToParis(match[1], match[2], match[3], match.slice(4)) : null;
    }
    case 'dd-mm-yyyy hh:mm:ss UTC': {
      const match = DAY_FIRST_TIME.exec(text);
      return match ? utcToParis(match[3], match[2], match[1], match.slice(4)) : null;
    }
    case 'yyyy-mm-dd hh:mm:ss local': {
      // Wall-clock time of the account holder: the written day is the day.
      const match = ISO_TIME.exec(text);
      return match ? calendarDate(num(match[1]), num(match[2]), num(match[3])) : null;
    }
  }
}

/** `30/11/2026` or, in preambles, `30/11/26` (read as 2026). */
export function parseDayFirst(text: string): CalendarDate | null {
  const match = DAY_FIRST.exec(text.trim());
  if (!match) return null;
  const year = match[3]?.length === 2 ? 2000 + num(match[3]) : num(match[3]);
  return calendarDate(year, num(match[2]), num(match[1]));
}

function utcToParis(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  time: readonly (string | undefined)[],
): CalendarDate | null {
  const parts = {
    year: num(year),
    month: num(month),
    day: num(day),
    hour: num(time[0]),
    minute: num(time[1]),
    second: num(time[2] ?? '0'),
  };
  return parisDateOfWallClock(parts, 0);
}

function num(text: string | undefined): number {
  return Number(text ?? 'NaN');
}
