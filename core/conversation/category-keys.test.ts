import { describe, expect, test } from 'vitest';
import { BNC_CHART } from '../categories/bnc-chart.ts';
import { categoryCodeFromKey, categoryShortKey, categoryWord } from './category-keys.ts';

describe('category keys in buttons', () => {
  test('every category of the chart has its own word and three-letter key, read back to it', () => {
    const words = new Set<string>();
    const shorts = new Set<string>();
    for (const category of BNC_CHART) {
      const word = categoryWord(category.code);
      const short = categoryShortKey(category.code);
      expect(word).not.toBe(category.code);
      expect(short.length).toBeLessThanOrEqual(3);
      expect(categoryCodeFromKey(word)).toBe(category.code);
      expect(categoryCodeFromKey(short)).toBe(category.code);
      words.add(word);
      shorts.add(short);
    }
    expect(words.size).toBe(BNC_CHART.length);
    expect(shorts.size).toBe(BNC_CHART.length);
  });

  test('the words of the recorded Slack payloads name chart categories', () => {
    expect(categoryCodeFromKey('fournitures')).toBe('L27_FOURNITURES_TELECOM');
    expect(categoryCodeFromKey('telecom')).toBe('L27_FOURNITURES_TELECOM');
    expect(categoryCodeFromKey('receptions')).toBe('L26_RECEPTION');
    expect(categoryCodeFromKey('deplacements')).toBe('L24_DEPLACEMENTS');
    expect(categoryCodeFromKey('perso')).toBe('PRELEVEMENT_PERSONNEL');
    expect(categoryCodeFromKey('nonsense')).toBeUndefined();
  });
});
