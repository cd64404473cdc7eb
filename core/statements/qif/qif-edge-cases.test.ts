import { describe, expect, it } from 'vitest';
import { decodeStatementBytes } from '../decode-bytes.ts';
import type { ParsedStatement, StatementError } from '../statement-types.ts';
import { qifParser } from './qif-parser.ts';

function parseText(text: string) {
  const bytes = new TextEncoder().encode(text);
  return qifParser.parse({ fileName: 'test.qif', decoded: decodeStatementBytes(bytes), bytes });
}

function statementOf(text: string): ParsedStatement {
  const result = parseText(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function errorOf(text: string): StatementError {
  const result = parseText(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error;
}

const dates = (statement: ParsedStatement) =>
  statement.accounts.flatMap((account) => account.transactions.map((row) => row.bookingDate));

describe('QIF edge cases', () => {
  it('rejects a malformed date naming its line', () => {
    const error = errorOf('!Type:Bank\nD03/09/26\nT-1,00\n^\nD3x/09/26\nT-2,00\n^\n');
    expect(error).toMatchObject({ code: 'BAD_DATE', line: 5 });
    expect(error.message).toContain('3x/09/26');
  });

  it('rejects a malformed amount naming its line', () => {
    const error = errorOf('!Type:Bank\nD03/09/26\nT-1O5,00\n^\n');
    expect(error).toMatchObject({ code: 'BAD_AMOUNT', line: 3 });
  });

  it('rejects a month-first-only date in a file another date made day-first', () => {
    const error = errorOf('!Type:Bank\nD15/09/26\nT-1,00\n^\nD09/15/26\nT-2,00\n^\n');
    expect(error).toMatchObject({ code: 'BAD_DATE', line: 5 });
  });

  it('lets !Option:MDY override day-first evidence, rejecting 15/09', () => {
    const error = errorOf('!Option:MDY\n!Type:Bank\nD15/09/26\nT-1.00\n^\n');
    expect(error).toMatchObject({ code: 'BAD_DATE', line: 3 });
  });

  it('reads a file whose dates all read both ways as day-first, with a notice', () => {
    const statement = statementOf('!Type:Bank\nD03/09/26\nT-1,00\n^\nD04/09/2026\nT-2,00\n^\n');
    expect(dates(statement)).toEqual(['2026-09-03', '2026-09-04']);
    expect(statement.notices.map((notice) => notice.message).join()).toContain('both ways');
  });

  it('treats an English "Opening Balance" to the own account as the opening balance', () => {
    const statement = statementOf(
      "!Account\nNChecking\nTBank\n^\n!Type:Bank\nD1/ 2'26\nT100.00\n" +
        'POpening Balance\nL[Checking]\n^\n',
    );
    expect(statement.accounts[0]?.balances).toEqual([
      { kind: 'OPENING', date: '2026-01-02', amountCents: 10000, currency: 'EUR' },
    ]);
    expect(statement.accounts[0]?.transactions).toEqual([]);
  });

  it('keeps an "Opening Balance" that moves money from another account as a transaction', () => {
    const statement = statementOf(
      '!Account\nNChecking\n^\n!Type:Bank\nD01/02/26\nT100,00\nPOpening Balance\nL[Savings]\n^\n',
    );
    expect(statement.accounts[0]?.transactions).toHaveLength(1);
  });

  it('rejects a file cut inside a record', () => {
    const error = errorOf('!Type:Bank\nD03/09/26\nT-1,00\n^\nD04/09/26\nT-2');
    expect(error).toMatchObject({ code: 'TRUNCATED', line: 6 });
    expect(error.message).toContain('line 5');
  });

  it('skips investment registers with a notice', () => {
    const statement = statementOf('!Type:Invst\nD03/09/26\nNBuy\nT-1,00\n^\n');
    expect(statement.accounts).toEqual([]);
    expect(statement.notices[0]?.message).toContain('!Type:invst');
  });

  it('reads a credit-card register as a deferred-card account', () => {
    const statement = statementOf('!Type:CCard\nD03/09/26\nT-1,00\nPCAFE\n^\n');
    expect(statement.accounts[0]?.kind).toBe('DEFERRED_CARD');
  });

  it('reads ISO dates without needing an order', () => {
    expect(dates(statementOf('!Type:Bank\nD2026-09-03\nT-1.00\n^\n'))).toEqual(['2026-09-03']);
  });

  it('rejects lines before any !Type header', () => {
    expect(errorOf('D03/09/26\nT-1,00\n^\n')).toMatchObject({ code: 'MALFORMED', line: 1 });
  });
});
