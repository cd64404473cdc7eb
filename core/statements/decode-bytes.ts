import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-15';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly hadBom: boolean;
}

// Bytes whose meaning differs between ISO-8859-15 and cp1252/latin-1 (€ is 0xA4 in 8859-15).
const ISO_8859_15_ONLY = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

/**
 * Decodes a statement's bytes, trusting the bytes over any declared charset: valid UTF-8 is
 * UTF-8 even under a `CHARSET:1252` header (B16). Otherwise cp1252 through a real table (Node's
 * TextDecoder treats windows-1252 as latin-1), or ISO-8859-15 when its signature bytes appear
 * and none of cp1252's 0x80–0x9F range does.
 */
export function decodeStatementBytes(bytes: Uint8Array): DecodedText {
  // Spreadsheet tools save "Unicode text" as UTF-16 with a byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'),
      encoding: 'utf-16le',
      hadBom: true,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'),
      encoding: 'utf-16be',
      hadBom: true,
    };
  }
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;

  const utf8 = tryUtf8(body);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', hadBom };

  const encoding = looksLikeIso885915(body) ? 'iso-8859-15' : 'windows-1252';
  return { text: iconv.decode(Buffer.from(body), encoding), encoding, hadBom };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function looksLikeIso885915(bytes: Uint8Array): boolean {
  let signature = false;
  for (const byte of bytes) {
    if (byte >= 0x80 && byte <= 0x9f) return false;
    if (ISO_8859_15_ONLY.has(byte)) signature = true;
  }
  return signature;
}
