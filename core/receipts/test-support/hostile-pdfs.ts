import { deflateSync } from 'node:zlib';
import { buildPdf, textPdf, type PdfPart } from './make-pdf.ts';

/** A PDF with a user password: readers must ask for it (pdf.js: PasswordException). */
export function passwordProtectedPdf(): Uint8Array {
  const random = (seed: number) =>
    Array.from({ length: 32 }, (_, i) =>
      ((i * 37 + seed) % 256).toString(16).padStart(2, '0'),
    ).join('');
  return textPdf(['Facture secrète'], {
    trailerExtra: `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${random(7)}> /U <${random(91)}> /P -44 >> /ID [ <${random(3).slice(0, 32)}> <${random(3).slice(0, 32)}> ] `,
  });
}

/** A page whose content inflates from a few KiB to `megabytes` of spaces. */
export function decompressionBombPdf(megabytes: number): Uint8Array {
  const parts: PdfPart[] = [
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>' },
    { body: '<< /Type /Page /Parent 2 0 R /MediaBox [ 0 0 595 842 ] /Contents 4 0 R >>' },
    {
      body: '<< /Filter /FlateDecode >>',
      stream: deflateSync(Buffer.alloc(megabytes * 1024 * 1024, 0x20), { level: 9 }),
    },
  ];
  return buildPdf(parts);
}

/**
 * Form XObjects nested `depth` deep, each drawing the next `fanOut` times: a few hundred bytes
 * that ask a text extractor for fanOut^depth runs (a billion-laughs of PDF).
 */
export function nestedFormsPdf(depth = 8, fanOut = 12): Uint8Array {
  return textPdf([], {
    pageParts: (first) => {
      const parts: PdfPart[] = [];
      for (let level = 0; level < depth; level += 1) {
        const leaf = level === depth - 1;
        const next = first + level + 1;
        const content = leaf
          ? 'BT /F1 1 Tf 0 0 Td (A) Tj ET'
          : Array.from({ length: fanOut }, () => '/X Do').join(' ');
        const resources = leaf
          ? '<< /Font << /F1 4 0 R >> >>'
          : `<< /XObject << /X ${next} 0 R >> >>`;
        parts.push({
          body: `<< /Type /XObject /Subtype /Form /BBox [ 0 0 10 10 ] /Resources ${resources} /Filter /FlateDecode >>`,
          stream: deflateSync(Buffer.from(content, 'latin1')),
        });
      }
      return {
        contents: Array.from({ length: fanOut }, () => '/X Do').join(' '),
        resources: `/XObject << /X ${first} 0 R >>`,
        parts,
      };
    },
  });
}
