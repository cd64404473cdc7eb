import { calendarDate, type CalendarDate } from '../../dates/calendar-date.ts';

export type DateOrder = 'DMY' | 'MDY';

/** A QIF date cut into numbers; `a`/`b` are day and month in an order only the file can tell. */
export interface QifDateParts {
  readonly a: number;
  readonly b: number;
  readonly year: number;
  /** `2026-09-03`: the order is written, not guessed. */
  readonly isIso: boolean;
  /** Quicken writes years after 1999 with an apostrophe (`9/ 4'26`), US order. */
  readonly hasApostrophe: boolean;
}

export interface OrderDecision {
  readonly order: DateOrder;
  /** True when every date read both ways and the order is a default. */
  readonly isDefault: boolean;
}

// `03/09/26`, `10.02.26`, `9/ 4'26`, `28.02'2009`, `03-09-2026`.
const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*([/.'-]{1,2})\s*(\d{1,4})$/;
const ISO = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})$/;

export function splitQifDate(text: string): QifDateParts | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) {
    return {
      a: Number(iso[2]),
      b: Number(iso[3]),
      year: Number(iso[1]),
      isIso: true,
      hasApostrophe: false,
    };
  }
  const match = DAY_MONTH_YEAR.exec(trimmed);
  if (!match?.[4] || match[4].length === 3) return null;
  const hasApostrophe = (match[3] ?? '').includes("'");
  const written = Number(match[4]);
  // Two-digit years without apostrophe pivot at 70: `26` is 2026, `99` is 1999.
  const year =
    match[4].length === 4
      ? written
      : hasApostrophe || written < 70
        ? 2000 + written
        : 1900 + written;
  return { a: Number(match[1]), b: Number(match[2]), year, isIso: false, hasApostrophe };
}

export function qifCalendarDate(parts: QifDateParts, order: DateOrder): CalendarDate | null {
  if (parts.isIso || order === 'MDY') return calendarDate(parts.year, parts.a, parts.b);
  return calendarDate(parts.year, parts.b, parts.a);
}

/**
 * Day/month order for the whole file, never per line (per-line guessing silently swaps days
 * ≤ 12): `!Option:MDY` wins; else one date that only reads day-first makes the file day-first,
 * else one that only reads month-first makes it month-first. Dates that fit neither the chosen
 * order are then errors, not guesses.
 */
export function decideDateOrder(
  dates: readonly QifDateParts[],
  forced: DateOrder | null,
): OrderDecision {
  if (forced) return { order: forced, isDefault: false };
  const written = dates.filter((parts) => !parts.isIso);
  const readsAs = (parts: QifDateParts, order: DateOrder) => qifCalendarDate(parts, order) !== null;

  if (written.some((parts) => readsAs(parts, 'DMY') && !readsAs(parts, 'MDY'))) {
    return { order: 'DMY', isDefault: false };
  }
  if (written.some((parts) => readsAs(parts, 'MDY') && !readsAs(parts, 'DMY'))) {
    return { order: 'MDY', isDefault: false };
  }
  const isQuicken = written.some((parts) => parts.hasApostrophe);
  return { order: isQuicken ? 'MDY' : 'DMY', isDefault: written.length > 0 };
}
