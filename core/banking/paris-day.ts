import { addDays, parisDateOf, type CalendarDate } from '../dates/calendar-date.ts';

/** The instant a Paris day starts (00:00 Europe/Paris, 22:00 or 23:00 UTC the day before). */
export function startOfParisDay(day: CalendarDate): Date {
  // Paris is UTC+1 or UTC+2: midnight there is one of these two instants.
  for (const hours of [2, 1]) {
    const candidate = new Date(Date.parse(`${day}T00:00:00Z`) - hours * 3_600_000);
    if (parisDateOf(candidate) === day) return candidate;
  }
  return new Date(`${day}T00:00:00Z`);
}

/** The next Paris midnight after `now`: when daily bank budgets start again. */
export function nextParisMidnight(now: Date): Date {
  return startOfParisDay(addDays(parisDateOf(now), 1));
}
