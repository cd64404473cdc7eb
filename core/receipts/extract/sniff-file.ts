/** What a file is by its first bytes; the name and the announced type are not trusted. */
export type SniffedType = 'pdf' | 'jpeg' | 'png' | 'webp' | 'heic' | 'html' | 'empty' | 'unknown';

export const MIME_OF: Readonly<Record<SniffedType, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  html: 'text/html',
  empty: 'application/octet-stream',
  unknown: 'application/octet-stream',
};

export function isImage(type: SniffedType): boolean {
  return type === 'jpeg' || type === 'png' || type === 'webp' || type === 'heic';
}

export function sniffFile(bytes: Uint8Array): SniffedType {
  if (bytes.byteLength === 0) return 'empty';
  const head = ascii(bytes, 0, 1024);

  // PDF readers accept the header anywhere in the first KiB (some mailers prepend junk).
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
  if (head.slice(4, 8) === 'ftyp' && /^(heic|heix|mif1|msf1|heim|heis)/.test(head.slice(8, 12))) {
    return 'heic';
  }
  if (/^\s*(<!doctype html|<html|<head|<body)/i.test(head.replace(/^\ufeff/, ''))) return 'html';
  return 'unknown';
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(
    bytes.buffer,
    bytes.byteOffset + from,
    Math.min(to, bytes.byteLength) - from,
  ).toString('latin1');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}
