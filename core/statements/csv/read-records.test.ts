import { describe, expect, it } from 'vitest';
import { readRecords } from './read-records.ts';

describe('readRecords', () => {
  it('gives each record the physical line it starts on, CRLF or LF, empty lines counted', () => {
    const lines = ['a;b', '', '"x', 'y', '', '";2', '  ', 'c;"d;e"'];
    for (const newline of ['\n', '\r\n']) {
      const records = readRecords(lines.join(newline), ';');
      expect(records.ok && records.value.map((record) => record.line)).toEqual([1, 3, 7, 8]);
    }
  });

  it('keeps line breaks and separators inside quotes, and Excel\'s ="…" as written', () => {
    const records = readRecords('="0012";"a\r\nb";"c;d"\r\n', ';');
    expect(records.ok && records.value[0]?.cells).toEqual(['="0012"', 'a\nb', 'c;d']);
  });

  it('reads a last line without a newline', () => {
    const records = readRecords('a,b\n\nc,"d ""e"""', ',');
    expect(records.ok && records.value.map((record) => [record.line, record.cells])).toEqual([
      [1, ['a', 'b']],
      [3, ['c', 'd "e"']],
    ]);
  });

  it('reports an unclosed quote as MALFORMED with a line', () => {
    const records = readRecords('a;b\nc;"d\ne;f\n', ';');
    expect(records.ok).toBe(false);
    expect(!records.ok && records.error.code).toBe('MALFORMED');
    expect(!records.ok && typeof records.error.line).toBe('number');
  });
});
