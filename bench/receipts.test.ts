import { afterAll, describe, expect, it } from 'vitest';
import { createPdfSandbox } from '../core/receipts/extract/pdf-sandbox.ts';
import { evaluateReceipts } from './receipts.ts';

const sandbox = createPdfSandbox();
afterAll(() => sandbox.close());

describe('receipts bench quality on the labelled set', () => {
  it('meets the issue targets: matching precision ≥ 0.98, recall ≥ 0.9, every field ≥ 0.9', async () => {
    const quality = await evaluateReceipts(sandbox);
    expect(quality.mistakes).toEqual([]);
    expect(quality.matching.precision).toBeGreaterThanOrEqual(0.98);
    expect(quality.matching.recall).toBeGreaterThanOrEqual(0.9);
    for (const [field, score] of Object.entries(quality.fields)) {
      expect({ field, accuracy: score.correct / score.total }).toMatchObject({
        field,
        accuracy: expect.any(Number),
      });
      expect(score.correct / score.total, field).toBeGreaterThanOrEqual(0.9);
    }
  });
});
