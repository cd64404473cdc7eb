import { describe, expect, it } from 'vitest';
import { decodeEntities, tokenizeOfx } from './ofx-tokenizer.ts';

describe('tokenizeOfx', () => {
  it('numbers lines from 1 across CRLF, LF and header lines', () => {
    const { tokens, endLine } = tokenizeOfx('OFXHEADER:100\r\n\r\n<OFX>\r\n<CODE>0\n</OFX>\r\n');
    expect(tokens.filter((token) => token.kind !== 'text')).toEqual([
      { kind: 'open', name: 'OFX', line: 3 },
      { kind: 'open', name: 'CODE', line: 4 },
      { kind: 'close', name: 'OFX', line: 5 },
    ]);
    expect(endLine).toBe(5);
  });

  it('gives a value the line where its text starts', () => {
    const { tokens } = tokenizeOfx('<NAME>\n\n  CAFE\n');
    expect(tokens[1]).toEqual({ kind: 'text', value: '\n\n  CAFE\n', line: 3 });
  });

  it('keeps CDATA raw and decodes entities in the surrounding text', () => {
    const { tokens } = tokenizeOfx('<NAME>A &amp; <![CDATA[<B> &amp;]]> &#233;</NAME>');
    expect(tokens[1]).toMatchObject({ kind: 'text', value: 'A & <B> &amp; é' });
  });

  it('upper-cases names, reads dotted QFX names and self-closing tags', () => {
    const { tokens } = tokenizeOfx('<intu.bid>01842<BALAMT/>');
    expect(tokens.map((token) => (token.kind === 'text' ? token.value : token.name))).toEqual([
      'INTU.BID',
      '01842',
      'BALAMT',
      'BALAMT',
    ]);
  });

  it('skips XML declarations, the OFX processing instruction and comments', () => {
    const text = '<?xml version="1.0"?>\n<?OFX OFXHEADER="200"?>\n<!-- x --><OFX>';
    const opens = tokenizeOfx(text).tokens.filter((token) => token.kind === 'open');
    expect(opens).toEqual([{ kind: 'open', name: 'OFX', line: 3 }]);
  });

  it('treats a lone < in a label as text', () => {
    const { tokens } = tokenizeOfx('<MEMO>A < B\n');
    expect(tokens[1]).toMatchObject({ kind: 'text', value: 'A < B\n' });
  });

  it('ends at the last non-blank line, without a final newline too', () => {
    expect(tokenizeOfx('<OFX>\n<TRNAMT>-28').endLine).toBe(2);
    expect(tokenizeOfx('<OFX>\n\n\n').endLine).toBe(1);
  });
});

describe('decodeEntities', () => {
  it('leaves a bare ampersand alone', () => {
    expect(decodeEntities('M&S AT&T &gt; &#x20AC;')).toBe('M&S AT&T > €');
  });
});
