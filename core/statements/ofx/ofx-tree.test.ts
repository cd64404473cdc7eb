import { describe, expect, it } from 'vitest';
import type { StatementError } from '../statement-types.ts';
import { childOf, findAll, leafText, type OfxElement } from './ofx-element.ts';
import { tokenizeOfx } from './ofx-tokenizer.ts';
import { buildOfxTree } from './ofx-tree.ts';

function treeOf(text: string): OfxElement {
  const result = buildOfxTree(tokenizeOfx(text));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function errorOf(text: string): StatementError {
  const result = buildOfxTree(tokenizeOfx(text));
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const names = (element: OfxElement | null) => element?.children.map((child) => child.name);

describe('buildOfxTree', () => {
  it('reads unclosed leaves beside closed ones (B17)', () => {
    const tree = treeOf(
      '<OFX><BANKACCTFROM><BANKID>16807</BANKID>\n<ACCTID>427\n</BANKACCTFROM>' +
        '<STMTTRN><TRNAMT>-45.54\n<NAME>FRAIS DE TUTELLE\n</STMTTRN></OFX>',
    );
    const [from] = findAll(tree, ['BANKACCTFROM']);
    const [row] = findAll(tree, ['STMTTRN']);
    expect([leafText(from ?? null, 'BANKID'), leafText(from ?? null, 'ACCTID')]).toEqual([
      '16807',
      '427',
    ]);
    expect([leafText(row ?? null, 'TRNAMT'), leafText(row ?? null, 'NAME')]).toEqual([
      '-45.54',
      'FRAIS DE TUTELLE',
    ]);
  });

  it('does not let an empty unclosed <TRNUID> swallow the statement after it', () => {
    const tree = treeOf(
      '<OFX><STMTTRNRS><TRNUID>\n<STATUS><CODE>0</STATUS><STMTRS>\n</STMTRS></STMTTRNRS></OFX>',
    );
    const [response] = findAll(tree, ['STMTTRNRS']);
    expect(names(response ?? null)).toEqual(['TRNUID', 'STATUS', 'STMTRS']);
    expect(leafText(response ?? null, 'TRNUID')).toBe('');
  });

  it('puts LEDGERBAL back in STMTRS when </BANKTRANLIST> is missing', () => {
    const tree = treeOf(
      '<OFX><STMTRS><BANKTRANLIST><STMTTRN><TRNAMT>1\n</STMTTRN>\n' +
        '<LEDGERBAL><BALAMT>-73.73\n</LEDGERBAL></STMTRS></OFX>',
    );
    const [statement] = findAll(tree, ['STMTRS']);
    expect(names(statement ?? null)).toEqual(['BANKTRANLIST', 'LEDGERBAL']);
    expect(names(childOf(statement ?? null, 'BANKTRANLIST'))).toEqual(['STMTTRN']);
  });

  it('starts a new row at <STMTTRN> when the previous one was never closed', () => {
    const tree = treeOf(
      '<OFX><BANKTRANLIST><STMTTRN><FITID>A\n<STMTTRN><FITID>B\n</BANKTRANLIST></OFX>',
    );
    const rows = findAll(tree, ['STMTTRN']);
    expect(rows.map((row) => leafText(row, 'FITID'))).toEqual(['A', 'B']);
  });

  it('keeps an unknown aggregate that closes itself, and empty closed leaves', () => {
    const tree = treeOf('<OFX><STMTTRN><X><Y>1</Y></X><NAME></NAME><MEMO>m</MEMO></STMTTRN></OFX>');
    const [row] = findAll(tree, ['STMTTRN']);
    expect(names(row ?? null)).toEqual(['X', 'NAME', 'MEMO']);
    expect(leafText(row ?? null, 'NAME')).toBe('');
  });

  it('reports a file ending inside a STMTTRN as truncated at its last line', () => {
    const error = errorOf('<OFX>\n<BANKTRANLIST>\n<STMTTRN>\n<FITID>TRC-02\n<TRNAMT>-28');
    expect(error).toMatchObject({ code: 'TRUNCATED', line: 5 });
    expect(error.message).toContain('STMTTRN opened on line 3 (FITID TRC-02)');
  });
});
