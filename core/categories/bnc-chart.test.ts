import { describe, expect, it } from 'vitest';
import { BNC_CHART, categoryByCode, isCategoryCode } from './bnc-chart.ts';
import { CATEGORY_RULES } from './rules.ts';

describe('the BNC chart', () => {
  it('has unique codes', () => {
    const codes = BNC_CHART.map((category) => category.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('covers lines 1–3, 5–6 and every expense line 8–32, but not the totals 4 and 7', () => {
    const lines = new Set(BNC_CHART.map((category) => category.line2035));
    for (const line of [1, 2, 3, 5, 6, ...Array.from({ length: 25 }, (_, i) => i + 8)]) {
      expect(lines.has(line), `line ${line}`).toBe(true);
    }
    expect(lines.has(4)).toBe(false);
    expect(lines.has(7)).toBe(false);
  });

  it('keeps apport, prélèvement, transfers, assets and loan capital out of the 2035', () => {
    for (const code of [
      'APPORT_PERSONNEL',
      'PRELEVEMENT_PERSONNEL',
      'VIREMENT_INTERNE',
      'IMMOBILISATION',
      'EMPRUNT_CAPITAL',
    ]) {
      expect(categoryByCode(code)).toMatchObject({ kind: 'hors_books', line2035: null });
    }
  });

  it('gives the official short label of a line', () => {
    expect(categoryByCode('L11_TVA')).toMatchObject({
      line2035: 11,
      labelFr: 'TVA',
      kind: 'depense',
    });
    expect(categoryByCode('L01_RECETTES')).toMatchObject({
      labelFr: 'Recettes encaissées',
      direction: 'in',
    });
    expect(categoryByCode('L30_FRAIS_DIVERS')?.labelFr).toBe('Autres frais divers de gestion');
  });

  it('deducts débours and rétrocessions from receipts', () => {
    expect(categoryByCode('L02_DEBOURS')).toMatchObject({ kind: 'recette', direction: 'out' });
    expect(categoryByCode('L03_RETROCESSIONS')).toMatchObject({
      kind: 'recette',
      direction: 'out',
    });
  });

  it('answers undefined for a code it does not hold', () => {
    expect(categoryByCode('L99_NOPE')).toBeUndefined();
    expect(isCategoryCode('L99_NOPE')).toBe(false);
  });
});

describe('the built-in rules', () => {
  it('have unique ids and point at codes of the chart', () => {
    const ids = CATEGORY_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of CATEGORY_RULES)
      expect(isCategoryCode(rule.categoryCode), rule.id).toBe(true);
  });

  it('use integer confidences 0–100 and no stateful (global or sticky) patterns', () => {
    for (const rule of CATEGORY_RULES) {
      expect(Number.isInteger(rule.confidence) && rule.confidence <= 100, rule.id).toBe(true);
      for (const pattern of [rule.when.who, rule.when.what]) {
        expect(pattern?.global ?? false, rule.id).toBe(false);
        expect(pattern?.sticky ?? false, rule.id).toBe(false);
      }
    }
  });
});
