import { frenchMonthLabel } from '../dates/french-month.ts';
import { formatFrenchDate, parisDateOf, type CalendarDate } from '../dates/calendar-date.ts';
import { formatMoney } from '../money/money.ts';
import type { Locale } from './chat-types.ts';
import type { TransactionSummary } from './conversation-ports.ts';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `−46,90 €`: a true minus sign, as people write it. */
export function displayMoney(cents: number): string {
  return formatMoney(cents).replace(/^-/, '−');
}

export function displayDate(date: CalendarDate | Date): string {
  const day = typeof date === 'string' ? date : parisDateOf(date);
  return formatFrenchDate(day);
}

/** `21/10/2026 · PAPETERIE DU GRIFFON LYON · Carte X4821 · −46,90 €` */
export function describeTransaction(transaction: TransactionSummary): string {
  // A star in a bank label ("PAYPAL *SHOP") would open bold text in Slack and Telegram.
  const label = transaction.label.replace(/\*/g, '∗');
  return [
    displayDate(transaction.date),
    label,
    transaction.accountName,
    displayMoney(transaction.amountCents),
  ].join(' · ');
}

export function monthLabel(month: string, locale: Locale): string {
  if (locale === 'fr') return frenchMonthLabel(month);
  return `${MONTHS_EN[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}
