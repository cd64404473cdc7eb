/** Money is integer cents with an ISO 4217 currency; never a float. */
export interface Money {
  readonly cents: number;
  readonly currency: string;
}

export function money(cents: number, currency = 'EUR'): Money {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`amount must be a whole number of cents, got ${cents}`);
  }
  return { cents, currency };
}

export function sumCents(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

/** Formats cents for people, the French way: `-1 234,56 €` (narrow no-break space thousands). */
export function formatMoney(cents: number, currency = 'EUR'): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const units = Math.trunc(absolute / 100).toString();
  const fraction = (absolute % 100).toString().padStart(2, '0');
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP);
  const symbol = currency === 'EUR' ? '€' : currency;
  return `${sign}${grouped},${fraction}${NBSP}${symbol}`;
}
