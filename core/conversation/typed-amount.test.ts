import { describe, expect, test } from 'vitest';
import { amountInCaption, typedAmount } from './typed-amount.ts';

describe('amounts people type', () => {
  test.each([
    ['reçu taxi 18,40€', 1840],
    ['hôtel 1 234,56 EUR', 123456],
    ['taxi du 05/11/2026 18,40', 1840],
    ['facture des illustrations de Louis', null],
    ['scan du 05/11/2026', null],
    [null, null],
  ])('caption %s → %s', (caption, cents) => {
    expect(amountInCaption(caption)).toBe(cents);
  });

  test.each([
    ['18,40', 1840],
    ['18.4', 1840],
    [' 147,20 € ', 14720],
    ['18,40 merci', null],
    ['zéro', null],
    ['0', null],
  ])('answer %s → %s', (text, cents) => {
    expect(typedAmount(text)).toBe(cents);
  });
});
