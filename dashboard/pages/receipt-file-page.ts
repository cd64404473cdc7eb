import { z } from 'zod';
import { requireFirmFreelancer } from '../../core/staff/firm-scope.ts';
import { staffPage } from '../dashboard-context.ts';
import { problemResponse } from './error-responses.ts';
import { parseInput } from './parse-input.ts';

const receiptParams = z.object({
  id: z.string().min(1).max(100),
  receiptId: z.string().min(1).max(100),
});

// Types a browser may show inline; anything else is downloaded.
const INLINE_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
]);

/** "Ouvrir le fichier": a receipt of one of the firm's freelancers, as it was sent. */
export const receiptFilePage = staffPage(async (context) => {
  const { id, receiptId } = parseInput(receiptParams, context.params);
  await requireFirmFreelancer(context.services.db, context.staff.firmId, id);
  const file = await context.services.receipts?.openReceipt({ freelancerId: id, receiptId });
  if (!file) return problemResponse(404, context.csrfToken);

  const inline = INLINE_TYPES.has(file.mimeType);
  const asciiName = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return {
    status: 200,
    headers: {
      'content-type': inline ? file.mimeType : 'application/octet-stream',
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'cache-control': 'private, no-store',
      // Shown by the browser's own viewer (nosniff keeps it from being read as a page); whatever
      // else is downloaded, and sandboxed should it be opened here anyway.
      'content-security-policy': inline
        ? "default-src 'none'; img-src 'self'; object-src 'self'; style-src 'unsafe-inline'"
        : "sandbox; default-src 'none'",
    },
    body: file.bytes,
  };
});
