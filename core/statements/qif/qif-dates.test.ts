import { describe, expect, it } from 'vitest';
import { decideDateOrder, qifCalendarDate, splitQifDate, type QifDateParts } from './qif-dates.ts';

function partsOf(text: string): QifDateParts {
  const parts = splitQifDate(text);
  if (!parts) throw new Error(`not a QIF date: ${text}`);
  return parts;
}

describe('splitQifDate', () => {
  it('reads slashes, dots, dashes, apostrophe years and space-padded days', () => {
    expect(partsOf('03/09/26')).toMatchObject({ a: 3, b: 9, year: 2026 });
    expect(partsOf('10.02.26')).toMatchObject({ a: 10, b: 2, year: 2026 });
    expect(partsOf("9/ 4'26")).toMatchObject({ a: 9, b: 4, year: 2026, hasApostrophe: true });
    expect(partsOf("28.02'2009")).toMatchObject({ a: 28, b: 2, year: 2009 });
    expect(partsOf('03-09-2026')).toMatchObject({ a: 3, b: 9, year: 2026 });
    expect(partsOf('1/4/99').year).toBe(1999);
  });

  it('refuses what is not a date', () => {
    expect(splitQifDate('3x/09/26')).toBeNull();
    expect(splitQifDate('03/09/026')).toBeNull();
  });
});

describe('decideDateOrder', () => {
  const all = (...texts: string[]) => texts.map(partsOf);

  it('goes day-first for the whole file when one date only reads day-first', () => {
    expect(decideDateOrder(all('03/09/26', '07/09/26', '15/09/26'), null)).toEqual({
      order: 'DMY',
      isDefault: false,
    });
  });

  it('goes month-first when one date only reads month-first', () => {
    expect(decideDateOrder(all("9/ 4'26", "9/30'26"), null).order).toBe('MDY');
  });

  it('follows !Option:MDY whatever the dates', () => {
    expect(decideDateOrder(all('15/09/26'), 'MDY').order).toBe('MDY');
  });

  it('defaults to day-first, or month-first for apostrophe years, when nothing decides', () => {
    expect(decideDateOrder(all('03/09/26'), null)).toEqual({ order: 'DMY', isDefault: true });
    expect(decideDateOrder(all("9/ 4'26"), null)).toEqual({ order: 'MDY', isDefault: true });
  });

  it('converts with the chosen order and refuses impossible days', () => {
    expect(qifCalendarDate(partsOf('03/09/26'), 'DMY')).toBe('2026-09-03');
    expect(qifCalendarDate(partsOf('03/09/26'), 'MDY')).toBe('2026-03-09');
    expect(qifCalendarDate(partsOf('31/11/26'), 'DMY')).toBeNull();
  });
});
