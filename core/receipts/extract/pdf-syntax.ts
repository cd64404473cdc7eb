/**
 * Just enough of the PDF object syntax (ISO 32000-1 §7.3) to find embedded files: numbers,
 * names, strings, arrays, dictionaries and references. Hostile input is expected: nesting is
 * bounded and every read stops at the end of the bytes.
 */
export type PdfValue =
  number | boolean | null | PdfName | PdfString | PdfRef | PdfValue[] | PdfDict;

export interface PdfName {
  readonly name: string;
}
export interface PdfString {
  readonly bytes: Uint8Array;
}
export interface PdfRef {
  readonly ref: number;
  readonly gen: number;
}
export interface PdfDict {
  readonly dict: ReadonlyMap<string, PdfValue>;
}

export interface Cursor {
  readonly bytes: Uint8Array;
  pos: number;
}

const MAX_DEPTH = 32;
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

export const isName = (value: PdfValue | undefined): value is PdfName =>
  typeof value === 'object' && value !== null && 'name' in value;
export const isString = (value: PdfValue | undefined): value is PdfString =>
  typeof value === 'object' && value !== null && 'bytes' in value;
export const isRef = (value: PdfValue | undefined): value is PdfRef =>
  typeof value === 'object' && value !== null && 'ref' in value;
export const isDict = (value: PdfValue | undefined): value is PdfDict =>
  typeof value === 'object' && value !== null && 'dict' in value;

export function isWhite(byte: number | undefined): boolean {
  return (
    byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0
  );
}

export function skipWhite(cursor: Cursor): void {
  const { bytes } = cursor;
  while (cursor.pos < bytes.length) {
    const byte = bytes[cursor.pos];
    if (isWhite(byte)) cursor.pos += 1;
    else if (byte === 0x25) {
      while (
        cursor.pos < bytes.length &&
        bytes[cursor.pos] !== 0x0a &&
        bytes[cursor.pos] !== 0x0d
      ) {
        cursor.pos += 1;
      }
    } else return;
  }
}

/** Reads one value; `undefined` when the bytes do not hold one (truncated, garbage). */
export function readValue(cursor: Cursor, depth = 0): PdfValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  skipWhite(cursor);
  const { bytes } = cursor;
  const byte = bytes[cursor.pos];
  if (byte === undefined) return undefined;

  if (byte === 0x2f) return { name: readNameToken(cursor) };
  if (byte === 0x28) return { bytes: readLiteralString(cursor) };
  if (byte === 0x5b) return readArray(cursor, depth);
  if (byte === 0x3c) {
    if (bytes[cursor.pos + 1] === 0x3c) return readDict(cursor, depth);
    return { bytes: readHexString(cursor) };
  }
  const token = readToken(cursor);
  if (token === 'true' || token === 'false') return token === 'true';
  if (token === 'null') return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token)) return undefined;
  const number = Number(token);
  if (!/^\d+$/.test(token)) return number;

  // An integer may start a reference: `12 0 R`.
  const save = cursor.pos;
  skipWhite(cursor);
  const generation = readToken(cursor);
  if (/^\d+$/.test(generation)) {
    skipWhite(cursor);
    if (readToken(cursor) === 'R') return { ref: number, gen: Number(generation) };
  }
  cursor.pos = save;
  return number;
}

function readArray(cursor: Cursor, depth: number): PdfValue[] | undefined {
  cursor.pos += 1;
  const items: PdfValue[] = [];
  for (;;) {
    skipWhite(cursor);
    const byte = cursor.bytes[cursor.pos];
    if (byte === undefined) return undefined;
    if (byte === 0x5d) {
      cursor.pos += 1;
      return items;
    }
    const item = readValue(cursor, depth + 1);
    if (item === undefined) return undefined;
    items.push(item);
  }
}

function readDict(cursor: Cursor, depth: number): PdfDict | undefined {
  cursor.pos += 2;
  const dict = new Map<string, PdfValue>();
  for (;;) {
    skipWhite(cursor);
    const byte = cursor.bytes[cursor.pos];
    if (byte === undefined) return undefined;
    if (byte === 0x3e && cursor.bytes[cursor.pos + 1] === 0x3e) {
      cursor.pos += 2;
      return { dict };
    }
    if (byte !== 0x2f) return undefined;
    const key = readNameToken(cursor);
    const value = readValue(cursor, depth + 1);
    if (value === undefined) return undefined;
    dict.set(key, value);
  }
}

function readToken(cursor: Cursor): string {
  const start = cursor.pos;
  const { bytes } = cursor;
  while (cursor.pos < bytes.length) {
    const byte = bytes[cursor.pos] as number;
    if (isWhite(byte) || DELIMITERS.has(byte)) break;
    cursor.pos += 1;
  }
  return Buffer.from(bytes.subarray(start, cursor.pos)).toString('latin1');
}

// Names escape bytes as #xx (`/text#2Fxml` is "text/xml").
function readNameToken(cursor: Cursor): string {
  cursor.pos += 1;
  return readToken(cursor).replace(/#([0-9a-fA-F]{2})/g, (_match, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

function readHexString(cursor: Cursor): Uint8Array {
  const { bytes } = cursor;
  cursor.pos += 1;
  const digits: string[] = [];
  while (cursor.pos < bytes.length && bytes[cursor.pos] !== 0x3e) {
    const char = String.fromCharCode(bytes[cursor.pos] as number);
    if (/[0-9a-fA-F]/.test(char)) digits.push(char);
    cursor.pos += 1;
  }
  cursor.pos += 1;
  if (digits.length % 2 === 1) digits.push('0');
  return new Uint8Array(Buffer.from(digits.join(''), 'hex'));
}

const ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, b: 8, f: 12 };

function readLiteralString(cursor: Cursor): Uint8Array {
  const { bytes } = cursor;
  const out: number[] = [];
  let nesting = 1;
  cursor.pos += 1;
  while (cursor.pos < bytes.length) {
    const byte = bytes[cursor.pos] as number;
    cursor.pos += 1;
    if (byte === 0x5c) {
      cursor.pos = readEscape(bytes, cursor.pos, out);
      continue;
    }
    if (byte === 0x28) nesting += 1;
    if (byte === 0x29 && --nesting === 0) break;
    out.push(byte);
  }
  return new Uint8Array(out);
}

function readEscape(bytes: Uint8Array, at: number, out: number[]): number {
  const next = bytes[at];
  if (next === undefined) return at;
  const char = String.fromCharCode(next);
  if (char in ESCAPES) out.push(ESCAPES[char] as number);
  else if (/[0-7]/.test(char)) {
    let digits = '';
    let pos = at;
    while (digits.length < 3 && /[0-7]/.test(String.fromCharCode(bytes[pos] ?? 0))) {
      digits += String.fromCharCode(bytes[pos] as number);
      pos += 1;
    }
    out.push(parseInt(digits, 8) & 0xff);
    return pos;
  } else if (next === 0x0d) {
    return bytes[at + 1] === 0x0a ? at + 2 : at + 1;
  } else if (next !== 0x0a) out.push(next);
  return at + 1;
}

/** A PDF text string: UTF-16BE or UTF-8 with their BOM, else PDFDocEncoding (≈ Latin-1). */
export function decodeTextString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const even = bytes.subarray(2, 2 + ((bytes.length - 2) & ~1));
    return Buffer.from(even).swap16().toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return Buffer.from(bytes.subarray(3)).toString('utf8');
  }
  return Buffer.from(bytes).toString('latin1');
}
