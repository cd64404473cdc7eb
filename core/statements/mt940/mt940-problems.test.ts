import { describe, expect, it } from 'vitest';

import { decodeStatementBytes } from '../decode-bytes.ts';
import { entryDateNear, readYymmdd } from './mt940-dates.ts';
import { mt940Parser } from './mt940-parser.ts';

function parseText(text: string) {
  const bytes = new TextEncoder().encode(text);
  return mt940Parser.parse({ fileName: 'x.sta', decoded: decodeStatementBytes(bytes), bytes });
}

const STATEMENT = [
  ':20:TEST',
  ':25:FR7630003027150005123456738',
  ':28C:1/1',
  ':60F:C261102EUR100,00',
  ':61:2611021102D27,98NMSCNONREF',
  ':86:CARTE X4821 PAPETERIE',
  ':62F:C261102EUR72,02',
  '-',
].join('\r\n');

describe('MT940 entry date without a year', () => {
  it('puts 12-30 in the year before a value date of 01/01 (wolph/mt940 #121)', () => {
    const value = readYymmdd('260101');
    expect(value && entryDateNear('1230', value)).toBe('2025-12-30');
  });

  it('puts 01-02 in the year after a value date of 31/12', () => {
    const value = readYymmdd('261231');
    expect(value && entryDateNear('0102', value)).toBe('2027-01-02');
  });
});

describe('MT940 checks', () => {
  it('reads a well-formed statement with an IBAN account', () => {
    const result = parseText(STATEMENT);
    expect(result.ok && result.value.accounts[0]).toMatchObject({
      iban: 'FR7630003027150005123456738',
      transactions: [{ amountCents: -2798, label: 'CARTE X4821 PAPETERIE' }],
    });
  });

  it('refuses a statement whose lines do not add up to :62F:', () => {
    const result = parseText(STATEMENT.replace('D27,98', 'D27,89'));
    expect(!result.ok && result.error).toMatchObject({ code: 'BALANCE_MISMATCH', line: 7 });
  });

  it('refuses a file cut before its closing balance', () => {
    const result = parseText(STATEMENT.split(':62F:')[0] ?? '');
    expect(!result.ok && result.error).toMatchObject({ code: 'TRUNCATED', line: 4 });
  });

  it('refuses an amount that is not a number, naming the line', () => {
    const result = parseText(STATEMENT.replace('D27,98', 'D27,9O'));
    expect(!result.ok && result.error).toMatchObject({ code: 'MALFORMED', line: 5 });
  });

  it('refuses an impossible value date when there is no entry date to fall back on', () => {
    const result = parseText(STATEMENT.replace(':61:2611021102D', ':61:261131D'));
    expect(!result.ok && result.error).toMatchObject({ code: 'BAD_DATE', line: 5 });
  });

  it('warns when a statement does not start from the balance the previous one ended on', () => {
    const second = STATEMENT.replace('C261102EUR100,00', 'C261103EUR90,00').replace(
      'C261102EUR72,02',
      'C261103EUR62,02',
    );
    const result = parseText(`${STATEMENT}\r\n${second}`);
    expect(result.ok && result.value.notices).toEqual([
      expect.objectContaining({ line: 12, message: expect.stringContaining('missing') }),
    ]);
    expect(result.ok && result.value.accounts).toHaveLength(1);
  });

  it('reads RC (reversal of a credit) as money out', () => {
    const result = parseText(STATEMENT.replace('1102D27,98', '1102RC27,98'));
    expect(result.ok && result.value.accounts[0]?.transactions[0]?.amountCents).toBe(-2798);
  });
});

describe('MT940 sniffing', () => {
  it('recognises MT940 tags and ignores other text', () => {
    expect(mt940Parser.sniff(STATEMENT, 'x.txt')).toBe(90);
    expect(mt940Parser.sniff('Date;Libellé;Montant\n01/11/2026;X;1,00', 'x.csv')).toBe(0);
  });
});
