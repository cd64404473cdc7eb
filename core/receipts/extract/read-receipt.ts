import { err, ok, type Result } from '../../result/result.ts';
import type {
  OwnerIdentity,
  ReceiptError,
  ReceiptErrorCode,
  ReceiptFile,
  ReceiptReading,
} from '../receipt-types.ts';
import type { PdfSandbox } from './pdf-sandbox.ts';
import type { PdfContent } from './pdf-worker-protocol.ts';
import { E_INVOICE_NAMES, readFacturX } from './read-facturx.ts';
import { readTextReceipt } from './read-text-receipt.ts';
import { isImage, MIME_OF, sniffFile, type SniffedType } from './sniff-file.ts';
import { hasTextLayer, toLines } from './text-lines.ts';
import { readStatementText } from './text-statement.ts';

/** Telegram bots download files up to 20 MB; a receipt is far smaller. */
export const MAX_RECEIPT_BYTES = 20 * 1024 * 1024;

export interface ReadReceiptOptions {
  readonly sandbox: PdfSandbox;
  readonly owner: OwnerIdentity;
  readonly maxBytes?: number;
}

export interface ReadReceipt {
  readonly reading: ReceiptReading;
  /** The type the content proved to be, whatever the name or the channel said. */
  readonly mime: string;
  /** Notes for the operator (an e-invoice XML that could not be read, …). */
  readonly notices: readonly string[];
}

/**
 * Reads a justificatif: a PDF through the sandboxed parser (the embedded Factur-X / ZUGFeRD
 * XML when present, the page text otherwise), a photo as "no text". Everything that cannot be
 * read comes back as a typed error, never a throw.
 */
export async function readReceipt(
  file: ReceiptFile,
  options: ReadReceiptOptions,
): Promise<Result<ReadReceipt, ReceiptError>> {
  const maxBytes = options.maxBytes ?? MAX_RECEIPT_BYTES;
  if (file.bytes.byteLength === 0) return fail('EMPTY_FILE', `${file.fileName} is empty (0 bytes)`);
  if (file.bytes.byteLength > maxBytes) {
    return fail(
      'FILE_TOO_LARGE',
      `${file.fileName} is ${file.bytes.byteLength} bytes; the limit is ${maxBytes}`,
    );
  }

  const type = sniffFile(file.bytes);
  if (isImage(type))
    return ok({ reading: { kind: 'no_text', pageCount: null }, mime: MIME_OF[type], notices: [] });
  if (type !== 'pdf') return fail('UNSUPPORTED_TYPE', unsupported(file.fileName, type));

  const parsed = await options.sandbox.read(file.bytes);
  if (!parsed.ok) return fail(parsed.code, `${file.fileName}: ${parsed.detail}`);
  return ok({ ...readContent(parsed.content, options.owner), mime: MIME_OF.pdf });
}

function readContent(content: PdfContent, owner: OwnerIdentity): Omit<ReadReceipt, 'mime'> {
  const notices: string[] = [];
  const xml = content.attachments.find((attachment) =>
    E_INVOICE_NAMES.includes(attachment.name.toLowerCase()),
  );
  if (xml) {
    const invoice = readFacturX(xml.bytes, owner);
    if (invoice.ok) {
      return {
        reading: { kind: 'document', fields: invoice.value, pageCount: content.pageCount },
        notices,
      };
    }
    notices.push(
      `embedded ${xml.name} could not be read (${invoice.error}); the page text was used`,
    );
  }

  if (!hasTextLayer(content.pages))
    return { reading: { kind: 'no_text', pageCount: content.pageCount }, notices };
  const lines = toLines(content.pages);
  const statement = readStatementText(lines);
  if (statement)
    return { reading: { kind: 'statement', statement, pageCount: content.pageCount }, notices };
  const fields = readTextReceipt(lines, owner);
  return { reading: { kind: 'document', fields, pageCount: content.pageCount }, notices };
}

function unsupported(fileName: string, type: SniffedType): string {
  const what =
    type === 'html' ? 'an HTML page (a saved web page, not the invoice)' : 'not a PDF or a photo';
  return `${fileName} is ${what}: send the PDF of the invoice or a photo (JPEG, PNG, HEIC)`;
}

function fail(code: ReceiptErrorCode, message: string): Result<never, ReceiptError> {
  return err({ code, message });
}
