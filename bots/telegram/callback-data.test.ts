import { describe, expect, test } from 'vitest';
import { BNC_CHART } from '../../core/categories/bnc-chart.ts';
import { decodeCallbackData, encodeCallbackData, MAX_CALLBACK_BYTES } from './callback-data.ts';

describe('Telegram callback data', () => {
  test('reads the recorded buttons: category by its three letters, personal, other, split', () => {
    expect(decodeCallbackData('c:V4821261022035:fou')).toEqual({
      verb: 'c',
      ref: 'V4821261022035',
      arg: 'L27_FOURNITURES_TELECOM',
    });
    expect(decodeCallbackData('c:V4821260918015:rec')).toEqual({
      verb: 'c',
      ref: 'V4821260918015',
      arg: 'L26_RECEPTION',
    });
    expect(decodeCallbackData('p:V4821261105041')).toEqual({ verb: 'p', ref: 'V4821261105041' });
    expect(decodeCallbackData('o:V4821261022035')).toEqual({ verb: 'o', ref: 'V4821261022035' });
    expect(decodeCallbackData('s:V4821261022035')).toEqual({ verb: 's', ref: 'V4821261022035' });
  });

  test('every category on a transaction known only by its 36-character id fits in 64 bytes', () => {
    const ref = '0b6f3c1e-9a7d-4e2b-8c5f-3d2a1b0c9e8f';
    for (const category of BNC_CHART) {
      const data = encodeCallbackData({ verb: 'c', ref, arg: category.code });
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
      expect(decodeCallbackData(data)?.arg).toBe(category.code);
    }
  });

  test('data this bot never wrote is refused', () => {
    for (const data of [
      undefined,
      '',
      'x:1',
      'c:',
      'c:a b:fou',
      `c:${'A'.repeat(70)}`,
      'c:V1:fou:extra',
    ]) {
      expect(decodeCallbackData(data)).toBeNull();
    }
  });
});
