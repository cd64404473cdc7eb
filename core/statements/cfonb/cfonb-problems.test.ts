import { describe, expect, it } from 'vitest';

import { readFixture } from '../../../test/fixtures.ts';
import { decodeStatementBytes } from '../decode-bytes.ts';
import { cfonbParser } from './cfonb-parser.ts';
import { readOverpunchedAmount } from './cfonb-values.ts';

const FIXTURE_LINES = new TextDecoder()
  .decode(readFixture('statements/cfonb/cfonb120_overpunch_05-records_two-accounts.cfo'))
  .split('\n');

function parseLines(lines: readonly string[]) {
  const bytes = new TextEncoder().encode(lines.join('\n'));
  return cfonbParser.parse({ fileName: 'x.cfo', decoded: decodeStatementBytes(bytes), bytes });
}

describe('CFONB overpunched amounts', () => {
  it('reads every sign character with the number of decimals of column 20', () => {
    expect(readOverpunchedAmount('0000000021600{', '2')).toBe(216000);
    expect(readOverpunchedAmount('0000000000479R', '2')).toBe(-4799);
    expect(readOverpunchedAmount('0000000000003Q', '2')).toBe(-38);
    expect(readOverpunchedAmount('0000000012504P', '2')).toBe(-125047);
    expect(readOverpunchedAmount('0000000000012A', '0')).toBe(12100);
    expect(readOverpunchedAmount('0000000000012}', '3')).toBe(-12);
  });

  it('refuses a plain digit or a letter outside the overpunch table', () => {
    expect(readOverpunchedAmount('00000000002160', '2')).toBeNull();
    expect(readOverpunchedAmount('0000000002160S', '2')).toBeNull();
  });
});

describe('CFONB checks', () => {
  it('refuses a file whose operations do not add up to the new balance', () => {
    const lines = FIXTURE_LINES.map((line, index) =>
      index === 1 ? line.replace('0000000021600{', '0000000021601{') : line,
    );
    expect(parseLines(lines)).toMatchObject({
      ok: false,
      error: { code: 'BALANCE_MISMATCH', line: 36 },
    });
  });

  it('refuses a file cut before the 07 new balance', () => {
    expect(parseLines(FIXTURE_LINES.slice(0, 20))).toMatchObject({
      ok: false,
      error: { code: 'TRUNCATED', line: 1 },
    });
  });

  it('refuses a 05 complement with no 04 above it', () => {
    const lines = [FIXTURE_LINES[0] ?? '', FIXTURE_LINES[2] ?? '', ...FIXTURE_LINES.slice(3)];
    expect(parseLines(lines)).toMatchObject({ ok: false, error: { code: 'MALFORMED', line: 2 } });
  });

  it('refuses a record longer than 120 characters, naming its line', () => {
    const lines = FIXTURE_LINES.map((line, index) => (index === 4 ? `${line}X` : line));
    expect(parseLines(lines)).toMatchObject({ ok: false, error: { code: 'MALFORMED', line: 5 } });
  });

  it('reads a file whose trailing spaces were stripped by an editor', () => {
    const result = parseLines(FIXTURE_LINES.map((line) => line.trimEnd()));
    expect(result.ok && result.value.accounts[0]?.transactions).toHaveLength(8);
  });

  it('is sure of a CFONB file and leaves MT940 alone', () => {
    expect(cfonbParser.sniff(FIXTURE_LINES.join('\n'), 'releve.txt')).toBe(95);
    expect(cfonbParser.sniff(':20:X\n:25:0271500512\n:60F:C261102EUR1,00', 'x.sta')).toBe(0);
  });
});
