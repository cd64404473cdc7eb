/**
 * HTML entities as old BNP Paribas exports write them, sometimes escaped twice
 * (`ch&amp;egrave;ques`). Decode only after the CSV is split: every entity ends with `;`, the
 * separator, so decoding first would cut cells in the middle of a word.
 */

const COMBINING_MARKS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  euro: '€',
  laquo: '«',
  raquo: '»',
  deg: '°',
  oelig: 'œ',
  OElig: 'Œ',
  aelig: 'æ',
  AElig: 'Æ',
  szlig: 'ß',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  middot: '·',
};

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});/g;

/** Decodes named and numeric entities, pass after pass while the text changes (double escaping). */
export function decodeHtmlEntities(text: string): string {
  let current = text;
  for (let pass = 0; pass < 3; pass += 1) {
    const next = current.replace(ENTITY, (entity, body: string) => decodeEntity(body) ?? entity);
    if (next === current) return next;
    current = next;
  }
  return current;
}

function decodeEntity(body: string): string | null {
  if (body.startsWith('#')) {
    const isHex = body[1] === 'x' || body[1] === 'X';
    const codePoint = isHex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const isScalar = codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    return codePoint > 0 && isScalar ? String.fromCodePoint(codePoint) : null;
  }
  const named = NAMED[body];
  if (named !== undefined) return named;

  // Accented letters: `eacute`, `Ocirc`, `ccedil`… = base letter + combining mark, composed.
  const mark = COMBINING_MARKS[body.slice(1)];
  if (mark === undefined) return null;
  const composed = `${body[0]}${mark}`.normalize('NFC');
  return composed.length === 1 ? composed : null;
}
