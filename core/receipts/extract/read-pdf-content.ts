import { PDFParse } from 'pdf-parse';
import { readAttachments, type PdfAttachment } from './pdf-attachments.ts';
import { indexPdfObjects } from './pdf-object-index.ts';
import { inflateBudget } from './pdf-streams.ts';
import type { PdfContent, PdfFailureCode, PdfLimits } from './pdf-worker-protocol.ts';

export type PdfContentResult =
  { ok: true; content: PdfContent } | { ok: false; code: PdfFailureCode; detail: string };

/**
 * Reads a PDF in the current thread: embedded files first (with the decompression budget that
 * also guards pdf.js against bombs), then the text of each page. Run it inside the sandbox's
 * worker, never on the main thread, for files from outside.
 */
export async function readPdfContent(
  bytes: Uint8Array,
  limits: PdfLimits,
): Promise<PdfContentResult> {
  let attachments: PdfAttachment[];
  try {
    attachments = readAttachments(indexPdfObjects(bytes, inflateBudget(limits.maxInflatedBytes)));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'PDF_BOMB') {
      return { ok: false, code: 'PDF_BOMB', detail: error.message };
    }
    attachments = [];
  }

  // pdf.js keeps (and may detach) the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    const text = await parser.getText({ first: limits.maxPages });
    if (text.total > limits.maxPages) {
      return {
        ok: false,
        code: 'TOO_MANY_PAGES',
        detail: `${text.total} pages; at most ${limits.maxPages} are read`,
      };
    }
    return {
      ok: true,
      content: { pageCount: text.total, pages: text.pages.map((page) => page.text), attachments },
    };
  } catch (error) {
    return failureOf(error);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function failureOf(error: unknown): PdfContentResult {
  const name = error instanceof Error ? error.name : 'Error';
  const detail = error instanceof Error ? `${name}: ${error.message}` : String(error);
  if (name === 'PasswordException') return { ok: false, code: 'ENCRYPTED_PDF', detail };
  return { ok: false, code: 'CORRUPT_PDF', detail };
}
