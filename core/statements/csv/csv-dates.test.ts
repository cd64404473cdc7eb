import { describe, expect, it } from 'vitest';
import { parseCsvDate, parseDayFirst } from './csv-dates.ts';

describe('parseCsvDate', () => {
  it('reads French day-first dates and refuses days that do not exist', () => {
    expect(parseCsvDate('05/11/2026', 'dd/mm/yyyy')).toBe('2026-11-05');
    expect(parseCsvDate('31/11/2026', 'dd/mm/yyyy')).toBeNull();
    expect(parseCsvDate('2026-11-05', 'dd/mm/yyyy')).toBeNull();
  });

  it('reads ISO days', () => {
    expect(parseCsvDate('2026-11-27', 'yyyy-mm-dd')).toBe('2026-11-27');
    expect(parseCsvDate('2026-02-30', 'yyyy-mm-dd')).toBeNull();
  });

  it('moves a UTC timestamp to its Paris day (CET and CEST)', () => {
    expect(parseCsvDate('2026-10-31 23:30:00', 'yyyy-mm-dd hh:mm:ss UTC')).toBe('2026-11-01');
    expect(parseCsvDate('2026-10-31 22:59:59', 'yyyy-mm-dd hh:mm:ss UTC')).toBe('2026-10-31');
    expect(parseCsvDate('30-09-2026 22:30:00', 'dd-mm-yyyy hh:mm:ss UTC')).toBe('2026-10-01');
    expect(parseCsvDate('30-09-2026 21:59:00', 'dd-mm-yyyy hh:mm:ss UTC')).toBe('2026-09-30');
    expect(parseCsvDate('31-11-2026 10:00:00', 'dd-mm-yyyy hh:mm:ss UTC')).toBeNull();
  });

  it('keeps the written day of a wall-clock timestamp', () => {
    expect(parseCsvDate('2026-11-08 23:12:20', 'yyyy-mm-dd hh:mm:ss local')).toBe('2026-11-08');
  });

  it('reads two-digit years of preambles as 20yy', () => {
    expect(parseDayFirst('30/11/26')).toBe('2026-11-30');
  });
});
