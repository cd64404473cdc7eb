import { constants, inflateRawSync, inflateSync } from 'node:zlib';
import { isDict, isName, type PdfDict, type PdfValue } from './pdf-syntax.ts';

/** Decompression beyond this is a bomb, whatever the file claims. */
export class StreamBudgetError extends Error {
  readonly code = 'PDF_BOMB';
  constructor(readonly limitBytes: number) {
    super(`the PDF's compressed streams expand beyond ${limitBytes} bytes`);
  }
}

export class UnsupportedFilterError extends Error {
  readonly code = 'UNSUPPORTED_FILTER';
  constructor(readonly filter: string) {
    super(`stream filter ${filter} is not supported`);
  }
}

/** A shared allowance of decompressed bytes for one file. */
export interface InflateBudget {
  remaining: number;
  readonly total: number;
}

export function inflateBudget(totalBytes: number): InflateBudget {
  return { remaining: totalBytes, total: totalBytes };
}

function filtersOf(dict: PdfDict): string[] {
  const filter = dict.dict.get('Filter');
  if (filter === undefined || filter === null) return [];
  const list: PdfValue[] = Array.isArray(filter) ? filter : [filter];
  return list.map((item) => (isName(item) ? item.name : '?'));
}

/**
 * Decodes a stream's data through its filters, counting every decompressed byte against the
 * budget. Only FlateDecode without predictor is needed for object streams and embedded files.
 * A truncated deflate stream gives what it holds (Z_SYNC_FLUSH), as PDF readers do.
 */
export function decodeStream(dict: PdfDict, data: Uint8Array, budget: InflateBudget): Uint8Array {
  let out = data;
  for (const filter of filtersOf(dict)) {
    if (filter !== 'FlateDecode' && filter !== 'Fl') throw new UnsupportedFilterError(filter);
    if (hasPredictor(dict)) throw new UnsupportedFilterError(`${filter} with a predictor`);
    out = inflateBounded(out, budget);
  }
  return out;
}

function hasPredictor(dict: PdfDict): boolean {
  const parms = dict.dict.get('DecodeParms') ?? dict.dict.get('DP');
  const first = Array.isArray(parms) ? parms[0] : parms;
  if (!isDict(first)) return false;
  const predictor = first.dict.get('Predictor');
  return typeof predictor === 'number' && predictor > 1;
}

export function inflateBounded(data: Uint8Array, budget: InflateBudget): Uint8Array {
  let out: Buffer;
  try {
    out = inflateSync(data, {
      maxOutputLength: Math.max(1, budget.remaining),
      finishFlush: constants.Z_SYNC_FLUSH,
    });
  } catch (error) {
    if (error instanceof RangeError) throw new StreamBudgetError(budget.total);
    // Some writers emit raw deflate without the zlib header.
    out = tryRawInflate(data, budget);
  }
  budget.remaining -= out.byteLength;
  if (budget.remaining < 0) throw new StreamBudgetError(budget.total);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function tryRawInflate(data: Uint8Array, budget: InflateBudget): Buffer {
  try {
    return inflateRawSync(data, {
      maxOutputLength: Math.max(1, budget.remaining),
      finishFlush: constants.Z_SYNC_FLUSH,
    });
  } catch (error) {
    if (error instanceof RangeError) throw new StreamBudgetError(budget.total);
    return Buffer.alloc(0);
  }
}
