import { err, ok, type Result } from '../result/result.ts';
import type { ReceiptErrorCode } from '../receipts/receipt-types.ts';
import { sniffFile } from '../receipts/extract/sniff-file.ts';

/**
 * Checks made before and right after a download, so that a file we cannot use is refused with
 * a useful answer and nothing is stored half-way. The Bot API serves files up to 20 MB; we hold
 * Slack to the same limit (a receipt is a few hundred KB).
 */
export const MAX_CHAT_FILE_BYTES = 20_000_000;

/** The file as the platform announces it, before any byte is fetched. */
export interface AnnouncedFile {
  readonly name: string;
  readonly mimeType: string | null;
  readonly size: number | null;
}

const DOCUMENT_TYPES = /^(application\/pdf|image\/(jpeg|png|webp|heic|heif))$/;
// Announced types that say nothing: the content decides.
const VAGUE_TYPES = /^(application\/octet-stream|binary\/octet-stream)$/;
const DOCUMENT_NAMES = /\.(pdf|jpe?g|png|webp|heic|heif)$/i;

export function checkAnnouncedFile(file: AnnouncedFile): Result<void, ReceiptErrorCode> {
  if (file.size === 0) return err('EMPTY_FILE');
  if (file.size !== null && file.size > MAX_CHAT_FILE_BYTES) return err('FILE_TOO_LARGE');
  const type = file.mimeType?.toLowerCase() ?? null;
  if (type && DOCUMENT_TYPES.test(type)) return ok(undefined);
  if ((!type || VAGUE_TYPES.test(type)) && DOCUMENT_NAMES.test(file.name)) return ok(undefined);
  return err('UNSUPPORTED_TYPE');
}

/** What the bytes are, whatever the name says: a PDF or a picture, whole and readable. */
export function checkDownloadedBytes(bytes: Uint8Array): Result<'pdf' | 'image', ReceiptErrorCode> {
  if (bytes.byteLength > MAX_CHAT_FILE_BYTES) return err('FILE_TOO_LARGE');
  const type = sniffFile(bytes);
  switch (type) {
    case 'empty':
      return err('EMPTY_FILE');
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'heic':
      return ok('image');
    case 'html':
    case 'unknown':
      return err('UNSUPPORTED_TYPE');
    case 'pdf':
      return checkPdf(bytes);
  }
}

function checkPdf(bytes: Uint8Array): Result<'pdf', ReceiptErrorCode> {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.byteLength - 2048))).toString('latin1');
  // A cut download or upload loses the end first: the trailer and its %%EOF marker.
  if (!tail.includes('%%EOF')) return err('CORRUPT_PDF');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (/\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(text)) return err('ENCRYPTED_PDF');
  return ok('pdf');
}
