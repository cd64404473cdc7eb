import { describe, expect, test } from 'vitest';
import { readFixture } from '../../test/fixtures.ts';
import { checkAnnouncedFile, checkDownloadedBytes } from './file-checks.ts';

describe('files refused before and after download', () => {
  test.each([
    [{ name: 'vide.pdf', mimeType: 'application/pdf', size: 0 }, 'EMPTY_FILE'],
    [{ name: 'releves.pdf', mimeType: 'application/pdf', size: 24_117_248 }, 'FILE_TOO_LARGE'],
    [{ name: 'memo.ogg', mimeType: 'audio/ogg', size: 1000 }, 'UNSUPPORTED_TYPE'],
    [{ name: 'notes.zip', mimeType: 'application/zip', size: 1000 }, 'UNSUPPORTED_TYPE'],
    [{ name: 'mystere', mimeType: null, size: 1000 }, 'UNSUPPORTED_TYPE'],
  ])('announced %o → %s', (file, code) => {
    expect(checkAnnouncedFile(file)).toEqual({ ok: false, error: code });
  });

  test('a PDF or a photo announced vaguely passes; its bytes decide', () => {
    expect(
      checkAnnouncedFile({ name: 'facture.pdf', mimeType: 'application/octet-stream', size: 3941 })
        .ok,
    ).toBe(true);
    expect(checkAnnouncedFile({ name: 'IMG_0412.HEIC', mimeType: null, size: null }).ok).toBe(true);
  });

  test.each([
    ['receipts/atelier-traboule-facture-ATC-2026-10-0417.pdf', { ok: true, value: 'pdf' }],
    ['chat/files/recu-taxi-g-flex.jpg', { ok: true, value: 'image' }],
    ['receipts/vide.pdf', { ok: false, error: 'EMPTY_FILE' }],
    ['receipts/pas-un-pdf.pdf', { ok: false, error: 'UNSUPPORTED_TYPE' }],
    ['receipts/ondine-box-octobre-2026-tronque.pdf', { ok: false, error: 'CORRUPT_PDF' }],
  ])('%s', (file, verdict) => {
    expect(checkDownloadedBytes(readFixture(file))).toEqual(verdict);
  });

  test('a password-protected PDF is named as such', () => {
    const bytes = new Uint8Array(
      Buffer.from('%PDF-1.6\ntrailer << /Root 1 0 R /Encrypt 5 0 R >>\n%%EOF\n', 'latin1'),
    );
    expect(checkDownloadedBytes(bytes)).toEqual({ ok: false, error: 'ENCRYPTED_PDF' });
  });
});
