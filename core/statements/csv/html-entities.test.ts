import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from './html-entities.ts';

describe('decodeHtmlEntities', () => {
  it('decodes accented letters by name, upper and lower case', () => {
    expect(
      decodeHtmlEntities('Imp&ocirc;ts RH&Ocirc;NE caf&eacute; &Eacute;cole gar&ccedil;on'),
    ).toBe('Impôts RHÔNE café École garçon');
  });

  it('decodes double escaping (ch&amp;egrave;ques)', () => {
    expect(decodeHtmlEntities('Compte de ch&amp;egrave;ques')).toBe('Compte de chèques');
  });

  it('decodes decimal and hexadecimal numeric entities', () => {
    expect(decodeHtmlEntities('D&#39;ORTHOPTIE &#x20AC; &#8364;')).toBe("D'ORTHOPTIE € €");
  });

  it('keeps a literal ampersand and unknown entities as written', () => {
    expect(decodeHtmlEntities('T&eacute;l&eacute;phone &amp; internet')).toBe(
      'Téléphone & internet',
    );
    expect(decodeHtmlEntities('A & B &bogus; &#xD800;')).toBe('A & B &bogus; &#xD800;');
  });
});
