import { addDays, daysBetween, type CalendarDate } from '../../dates/calendar-date.ts';
import type { MatchSettings, ReceiptFacts, TransactionFacts } from './match-types.ts';

// Paid this close to the due date (or, without one, to the invoice date) is as good as on it.
const PLATEAU_AFTER_DUE = 3;
const PLATEAU_AFTER_ISSUE = 7;
const GRACE_AFTER_DUE = 30;
// Clients pay late more often than banks debit late: an issued invoice waits three windows.
const INCOME_WINDOW_FACTOR = 3;

/**
 * 0 to 1 for a payment date against the invoice's dates, null when outside the window: the
 * payment comes after the invoice (a few days before it at most, B27's "receiver same day or
 * later") and within the window after it. Between issue and due date is perfect; later decays.
 * A card row is judged on its card date or its booking date, whichever fits better.
 */
export function fitDate(
  receipt: ReceiptFacts,
  transaction: TransactionFacts,
  settings: MatchSettings,
): number | null {
  const issue = receipt.issueDate ?? receipt.dueDate;
  if (!issue) return 0.5;
  const dates = [transaction.operationDate, transaction.bookingDate].filter(
    (date): date is CalendarDate => date !== null,
  );
  const income = receipt.direction === 'income';
  const scores = dates
    .map((date) => scoreDate(date, issue, receipt.dueDate, settings, income))
    .filter((score): score is number => score !== null);
  return scores.length === 0 ? null : Math.max(...scores);
}

function scoreDate(
  paid: CalendarDate,
  issue: CalendarDate,
  due: CalendarDate | null,
  settings: MatchSettings,
  income: boolean,
): number | null {
  if (daysBetween(addDays(issue, -settings.earlyDays), paid) < 0) return null;
  const reference = due && due > issue ? due : issue;
  const end = maxDate(
    addDays(issue, settings.windowDays * (income ? INCOME_WINDOW_FACTOR : 1)),
    due ? addDays(due, GRACE_AFTER_DUE) : issue,
  );
  if (daysBetween(paid, end) < 0) return null;

  const plateauEnd = addDays(reference, due ? PLATEAU_AFTER_DUE : PLATEAU_AFTER_ISSUE);
  const late = daysBetween(plateauEnd, paid);
  if (late <= 0) return 1;
  const span = Math.max(1, daysBetween(plateauEnd, end));
  return Math.max(0, 1 - late / span);
}

function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}
