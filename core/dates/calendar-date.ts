/**
 * A calendar date as the books see it: `YYYY-MM-DD`, a day in Europe/Paris, with no time.
 * Months of the books are Paris months.
 */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

export const PARIS = 'Europe/Paris';

/** Builds a date from parts, refusing days that do not exist (31 November, 30 February). */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year.toString().padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as CalendarDate;
}

export function isCalendarDate(text: string): text is CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return (
    match !== null && calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) !== null
  );
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const parisParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Paris day of an instant: 2026-10-31T23:30Z is 1 November in Paris. */
export function parisDateOf(instant: Date): CalendarDate {
  return parisParts.format(instant) as CalendarDate;
}

/** `YYYY-MM` of a calendar date. */
export function monthOf(date: CalendarDate): string {
  return date.slice(0, 7);
}

/** First and last day of a `YYYY-MM` month, or null when the text is not a month. */
export function monthRange(month: string): { from: CalendarDate; to: CalendarDate } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const monthNumber = Number(match[2]);
  const from = calendarDate(year, monthNumber, 1);
  const to = from ? calendarDate(year, monthNumber, daysInMonth(year, monthNumber)) : null;
  return from && to ? { from, to } : null;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const instant = new Date(`${date}T12:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10) as CalendarDate;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000);
}

/** For Prisma `@db.Date` columns: midnight UTC of the calendar day. */
export function toDbDate(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function fromDbDate(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10) as CalendarDate;
}

/** `12/11/2026` for people. */
export function formatFrenchDate(date: CalendarDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function pad2(value: number): string {
  return value.toString().padStart(2, '0');
}
