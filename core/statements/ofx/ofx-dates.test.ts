import { describe, expect, it } from 'vitest';
import { parseOfxDate, zoneOffsetMinutes } from './ofx-dates.ts';

function dateOf(text: string): string {
  const result = parseOfxDate(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('parseOfxDate', () => {
  it('reads a bare YYYYMMDD as the Paris date written', () => {
    expect(dateOf('20261012')).toBe('2026-10-12');
  });

  it('keeps a zoneless late time on the day written (French banks mean Paris time)', () => {
    expect(dateOf('20261031233000')).toBe('2026-10-31');
  });

  it('moves 23:30 UTC on 31 October to 1 November in Paris', () => {
    expect(dateOf('20261031233000.000[+0:UTC]')).toBe('2026-11-01');
  });

  it('moves 22:15 UTC in summer time to the next Paris day', () => {
    expect(dateOf('20261015221500.000[+0:UTC]')).toBe('2026-10-16');
  });

  it('keeps CET and CEST wall clocks on their own day', () => {
    expect(dateOf('20261031235959.999[+1:CET]')).toBe('2026-10-31');
    expect(dateOf('20261001000000.000[+2:CEST]')).toBe('2026-10-01');
    expect(dateOf('20261130191742.318[+1:CET]')).toBe('2026-11-30');
  });

  it('converts a western zone forward into Paris', () => {
    expect(dateOf('20261031200000[-5:EST]')).toBe('2026-11-01');
  });

  it('accepts the ":037" milliseconds oddity', () => {
    expect(dateOf('20261104101522:037')).toBe('2026-11-04');
  });

  it('refuses 31 November, with or without a time', () => {
    const short = parseOfxDate('20261131');
    const long = parseOfxDate('202611310000');
    expect(short.ok).toBe(false);
    expect(long.ok || long.error).toContain('31/11/2026 does not exist');
  });

  it('refuses text that is not a date and an hour 25', () => {
    expect(parseOfxDate('2026-11-05').ok).toBe(false);
    expect(parseOfxDate('20261105250000').ok).toBe(false);
  });
});

describe('zoneOffsetMinutes', () => {
  it('reads hours, signs, minutes and a missing name', () => {
    expect(zoneOffsetMinutes('[+1:CET]')).toBe(60);
    expect(zoneOffsetMinutes('[-5:EST]')).toBe(-300);
    expect(zoneOffsetMinutes('[+5.30:IST]')).toBe(330);
    expect(zoneOffsetMinutes('[0:GMT]')).toBe(0);
    expect(zoneOffsetMinutes('[+2]')).toBe(120);
    expect(zoneOffsetMinutes('[CET]')).toBeNull();
  });
});
