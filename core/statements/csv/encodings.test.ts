import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/fixtures.ts';
import { decodeStatementBytes } from '../decode-bytes.ts';

const decode = (file: string) => decodeStatementBytes(readFixture(`statements/csv/${file}`));
const MOJIBAKE = /[\u0080-\u009f\ufffd¤¼]|Ã/;

describe('decodeStatementBytes on the CSV fixtures', () => {
  it('reads cp1252 bytes through a real cp1252 table (–, é, è)', () => {
    const shine = decode('shine_cp1252_ht-tva.csv');
    expect(shine.encoding).toBe('windows-1252');
    expect(shine.text).toContain('Perso – à rembourser');
    expect(shine.text).not.toMatch(MOJIBAKE);
    expect(decode('bnp_current-layout.csv').text.startsWith('Compte de chèques;')).toBe(true);
  });

  it('recognises ISO-8859-15 by € (0xA4) and Œ (0xBC)', () => {
    const mutuel = decode('credit-mutuel_iso-8859-15.csv');
    expect(mutuel.encoding).toBe('iso-8859-15');
    expect(mutuel.text).toContain('ACOMPTE 500€');
    expect(mutuel.text).toContain("D'ŒNOLOGIE");
    expect(mutuel.text).not.toMatch(MOJIBAKE);
  });

  it('strips the UTF-8 BOM so the first cell reads "dateOp"', () => {
    const bourso = decode('boursobank_two-accounts_bom.csv');
    expect(bourso).toMatchObject({ encoding: 'utf-8', hadBom: true });
    expect(bourso.text.startsWith('dateOp;')).toBe(true);
  });

  it('keeps NBSP thousands of a cp1252 file as U+00A0', () => {
    expect(decode('societe-generale_nbsp-thousands_cp1252.csv').text).toContain('4\u00a0500,00');
  });
});
