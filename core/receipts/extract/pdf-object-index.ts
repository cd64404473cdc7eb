import { decodeStream, type InflateBudget } from './pdf-streams.ts';
import {
  isDict,
  isName,
  isRef,
  readValue,
  skipWhite,
  type Cursor,
  type PdfDict,
  type PdfValue,
} from './pdf-syntax.ts';

export interface PdfObject {
  readonly value: PdfValue;
  /** Raw (still encoded) stream data when the object is a stream. */
  readonly stream: Uint8Array | null;
}

export interface PdfObjectIndex {
  get(num: number): PdfObject | undefined;
  resolve(value: PdfValue | undefined): PdfValue | undefined;
  all(): IterableIterator<PdfObject>;
  /** The decoded data of a stream object; null when it is not a stream or not decodable. */
  decoded(num: number): Uint8Array | null;
  /** Stream objects the scan could not decode (unsupported filter). */
  readonly undecoded: number;
}

const OBJECT_HEADER = /(\d{1,10})\s+(\d{1,5})\s+obj\b/g;
const MAX_OBJECTS = 200_000;
const MAX_RESOLVE_DEPTH = 16;

/**
 * Every object of the file, found by scanning for `N G obj` rather than trusting the xref
 * table (which a truncated or edited file gets wrong), then the objects packed in object
 * streams. A later definition replaces an earlier one, as an incremental update does. Every
 * FlateDecode stream is decoded once against the budget, so a decompression bomb is caught
 * here before pdf.js expands it.
 */
export function indexPdfObjects(bytes: Uint8Array, budget: InflateBudget): PdfObjectIndex {
  const objects = new Map<number, PdfObject>();
  const decodedData = new Map<PdfObject, Uint8Array>();
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let undecoded = 0;

  for (const match of text.matchAll(OBJECT_HEADER)) {
    if (objects.size >= MAX_OBJECTS) break;
    const cursor: Cursor = { bytes, pos: (match.index ?? 0) + match[0].length };
    const value = readValue(cursor);
    if (value === undefined) continue;
    const stream = isDict(value) ? readStreamData(text, bytes, cursor, value) : null;
    objects.set(Number(match[1]), { value, stream });
  }

  for (const object of [...objects.values()]) {
    if (!object.stream || !isDict(object.value)) continue;
    let decoded: Uint8Array;
    try {
      decoded = decodeStream(object.value, object.stream, budget);
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'UNSUPPORTED_FILTER') {
        undecoded += 1;
        continue;
      }
      throw error;
    }
    decodedData.set(object, decoded);
    if (nameOf(object.value, 'Type') === 'ObjStm') {
      unpackObjectStream(object.value, decoded, objects);
    }
  }

  const index: PdfObjectIndex = {
    get: (num) => objects.get(num),
    resolve(value) {
      let current = value;
      for (let depth = 0; isRef(current) && depth < MAX_RESOLVE_DEPTH; depth += 1) {
        current = objects.get(current.ref)?.value;
      }
      return isRef(current) ? undefined : current;
    },
    all: () => objects.values(),
    decoded(num) {
      const object = objects.get(num);
      return object ? (decodedData.get(object) ?? null) : null;
    },
    undecoded,
  };
  return index;
}

export function nameOf(dict: PdfDict, key: string): string | null {
  const value = dict.dict.get(key);
  return isName(value) ? value.name : null;
}

function readStreamData(
  text: string,
  bytes: Uint8Array,
  cursor: Cursor,
  dict: PdfDict,
): Uint8Array | null {
  skipWhite(cursor);
  if (text.startsWith('stream', cursor.pos) === false) return null;
  let start = cursor.pos + 'stream'.length;
  if (text[start] === '\r') start += 1;
  if (text[start] === '\n') start += 1;

  // Trust /Length only when `endstream` follows it; otherwise search for the keyword.
  const length = dict.dict.get('Length');
  if (typeof length === 'number' && length >= 0 && start + length <= bytes.length) {
    const after = text.slice(start + length, start + length + 20);
    if (/^\s*endstream/.test(after)) return bytes.subarray(start, start + length);
  }
  const end = text.indexOf('endstream', start);
  if (end < 0) return bytes.subarray(start);
  let stop = end;
  if (text[stop - 1] === '\n') stop -= 1;
  if (text[stop - 1] === '\r') stop -= 1;
  return bytes.subarray(start, Math.max(start, stop));
}

function unpackObjectStream(
  dict: PdfDict,
  decoded: Uint8Array,
  objects: Map<number, PdfObject>,
): void {
  const count = dict.dict.get('N');
  const first = dict.dict.get('First');
  if (typeof count !== 'number' || typeof first !== 'number' || first > decoded.length) return;
  const header: Cursor = { bytes: decoded.subarray(0, first), pos: 0 };
  for (let index = 0; index < count && objects.size < MAX_OBJECTS; index += 1) {
    const num = readValue(header);
    const offset = readValue(header);
    if (typeof num !== 'number' || typeof offset !== 'number') return;
    const value = readValue({ bytes: decoded, pos: first + offset });
    if (value !== undefined) objects.set(num, { value, stream: null });
  }
}
