import { describe, expect, it } from 'vitest';
import { parseOfxAmount } from './ofx-amount.ts';

function centsOf(text: string): number {
  const result = parseOfxAmount(text);
  if (!result.ok) throw new Error(result.error.reason);
  return result.value;
}

describe('parseOfxAmount', () => {
  it('reads a lone mark as decimal whichever it is (B18)', () => {
    expect(centsOf('            -13.40')).toBe(-1340);
    expect(centsOf('           -150,00')).toBe(-15000);
    expect(centsOf('          1250,50')).toBe(125050);
    expect(centsOf('             -7.5')).toBe(-750);
    expect(centsOf('1,250')).toBe(125);
  });

  it('reads five zero decimals without inflating (B19)', () => {
    expect(centsOf('-9.50000')).toBe(-950);
    expect(centsOf('1200.00000')).toBe(120000);
  });

  it('keeps an explicit plus and reads integers', () => {
    expect(centsOf('+2400.00')).toBe(240000);
    expect(centsOf('4120')).toBe(412000);
  });

  it('keeps a negative amount negative once (B25)', () => {
    expect(centsOf('-73.73')).toBe(-7373);
  });

  it('refuses a letter O in place of a zero', () => {
    expect(parseOfxAmount('-1O5,00').ok).toBe(false);
  });
});
