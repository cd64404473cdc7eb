import { describe, expect, it } from 'vitest';
import { parseCsvFixture, parsedOrThrow, summarize, transactionOnLine } from '../test-support.ts';

describe('BoursoBank preset', () => {
  const statement = parsedOrThrow(parseCsvFixture('csv/boursobank_two-accounts_bom.csv'));
  const [pro, livret] = statement.accounts;

  it('reads the first header cell "dateOp" once the BOM is stripped', () => {
    expect(statement.encoding).toBe('utf-8');
    expect(transactionOnLine(statement, 2).bookingDate).toBe('2026-11-27');
  });

  it('splits the rows over the two accounts the file mixes', () => {
    expect(pro).toMatchObject({
      ref: '00040210771',
      name: 'COMPTE PRO FAUCONNET',
      kind: 'CHECKING',
    });
    expect(livret).toMatchObject({ ref: '00040210789', name: 'LIVRET PRO', kind: 'SAVINGS' });
    expect(summarize(pro ? [pro] : [])).toEqual({
      booked: 5,
      pending: 0,
      credits: 400000,
      debits: -261699,
    });
    expect(summarize(livret ? [livret] : [])).toEqual({
      booked: 2,
      pending: 0,
      credits: 150000,
      debits: -100000,
    });
  });

  it('reads a comma amount with space thousands and a dot balance in the same row', () => {
    expect(transactionOnLine(statement, 4).amountCents).toBe(-104500);
    expect(pro?.balances).toEqual([
      { kind: 'CLOSING', date: '2026-11-27', amountCents: 1455811, currency: 'EUR' },
    ]);
    expect(livret?.balances[0]?.amountCents).toBe(600000);
  });

  it('keeps both legs of the internal transfers, one per account', () => {
    expect(transactionOnLine(statement, 2).amountCents).toBe(-150000);
    expect(livret?.transactions.map((row) => [row.line, row.amountCents])).toEqual([
      [3, 150000],
      [8, -100000],
    ]);
  });

  it('books the card row on dateOp with dateVal as value date', () => {
    expect(transactionOnLine(statement, 6)).toMatchObject({
      bookingDate: '2026-11-16',
      valueDate: '2026-11-14',
      label: 'CARTE 14/11/26 ADOBE *CREATIVE CLOUD CB*4821',
    });
  });
});
