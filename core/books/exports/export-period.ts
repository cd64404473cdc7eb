import { calendarDate, monthRange, type CalendarDate } from '../../dates/calendar-date.ts';

export interface ExportPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** `2026-10` or `2026`, for file names and titles. */
  readonly name: string;
  readonly kind: 'month' | 'year';
}

export class InvalidPeriodError extends Error {
  readonly code = 'INVALID_PERIOD';
  constructor(readonly value: string) {
    super(`"${value}" is not a period: write a month YYYY-MM (2026-10) or a year YYYY (2026)`);
  }
}

/** A Paris month (`YYYY-MM`) or a calendar year (`YYYY`), the books' periods. */
export function exportPeriod(value: string): ExportPeriod {
  if (/^\d{4}$/.test(value)) {
    const from = calendarDate(Number(value), 1, 1);
    const to = calendarDate(Number(value), 12, 31);
    if (from && to) return { from, to, name: value, kind: 'year' };
  }
  const month = monthRange(value);
  if (month) return { ...month, name: value, kind: 'month' };
  throw new InvalidPeriodError(value);
}
