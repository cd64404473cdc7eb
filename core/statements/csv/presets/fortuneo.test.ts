import { describe, expect, it } from 'vitest';
import { allTransactions, parseCsvFixture, parsedOrThrow } from '../test-support.ts';

describe('Fortuneo preset', () => {
  const statement = parsedOrThrow(
    parseCsvFixture('csv/fortuneo_trailing-semicolon_one-decimal.csv'),
  );

  it('reads one-decimal amounts as tenths ("-4,2" is -4,20, "1200,5" is +1 200,50)', () => {
    expect(allTransactions(statement).map((row) => row.amountCents)).toEqual([
      -1960, -420, 120050, -3840, -1990,
    ]);
  });

  it('reads 5-cell debit rows and 6-cell credit rows under a header ending with ";"', () => {
    expect(allTransactions(statement).map((row) => row.line)).toEqual([2, 3, 4, 5, 6]);
    expect(allTransactions(statement)[2]?.label).toBe('VIR VILLE-NUAGE SAS ATELIER PERSONAS');
  });
});
