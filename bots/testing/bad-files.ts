import { readFixture } from '../../test/fixtures.ts';
import type { SentFile } from './chat-driver.ts';

/** A PDF whose trailer names an /Encrypt dictionary, as a password-protected export does. */
function encryptedPdf(): Uint8Array {
  const text = [
    '%PDF-1.6',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    '5 0 obj << /Filter /Standard /V 4 /R 4 /Length 128 /P -1068 >> endobj',
    'trailer << /Root 1 0 R /Encrypt 5 0 R /ID [<0a1b><0a1b>] >>',
    '%%EOF',
  ].join('\n');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** Files a receipt bot must refuse, each with a word its answer must contain. */
export function badFiles(): ReadonlyArray<{ file: SentFile; answer: RegExp }> {
  return [
    {
      file: { name: 'vide.pdf', mime: 'application/pdf', bytes: readFixture('receipts/vide.pdf') },
      answer: /vide \(0 octet\)/,
    },
    {
      file: { name: 'releves-2026-scan-complet.pdf', mime: 'application/pdf', size: 52_428_800 },
      answer: /20 Mo/,
    },
    {
      file: {
        name: 'ondine-box-octobre-2026-tronque.pdf',
        mime: 'application/pdf',
        bytes: readFixture('receipts/ondine-box-octobre-2026-tronque.pdf'),
      },
      answer: /incomplet ou corrompu/,
    },
    {
      file: { name: 'facture-protegee.pdf', mime: 'application/pdf', bytes: encryptedPdf() },
      answer: /mot de passe/,
    },
    {
      file: {
        name: 'notes-de-frais.zip',
        mime: 'application/zip',
        bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      },
      answer: /ni un PDF ni une photo/,
    },
    {
      file: {
        name: 'pas-un-pdf.pdf',
        mime: 'application/pdf',
        bytes: readFixture('receipts/pas-un-pdf.pdf'),
      },
      answer: /ni un PDF ni une photo/,
    },
  ];
}
