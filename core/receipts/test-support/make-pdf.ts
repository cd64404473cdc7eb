import { deflateSync } from 'node:zlib';

/** One indirect object: a dictionary or value, with stream data when it is a stream. */
export interface PdfPart {
  readonly body: string;
  readonly stream?: Uint8Array;
}

// Characters of the fixtures' French and English texts that WinAnsiEncoding places outside Latin-1.
const WIN_ANSI: Readonly<Record<string, number>> = {
  '€': 0x80,
  '’': 0x92,
  '—': 0x97,
  '–': 0x96,
  '\u202f': 0x20,
  '\u2212': 0x2d,
};

/** A PDF string literal in WinAnsiEncoding, escapes included. */
export function pdfText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = WIN_ANSI[char] ?? char.codePointAt(0) ?? 0x3f;
    const byte = code > 0xff ? 0x3f : code;
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `(${out})`;
}

/** Assembles objects 1…n with a classic xref table; object 1 is the catalog. */
export function buildPdf(parts: readonly PdfPart[], trailerExtra = ''): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = chunks[0]?.length ?? 0;
  const push = (chunk: Buffer) => {
    chunks.push(chunk);
    size += chunk.length;
  };
  parts.forEach((part, index) => {
    offsets.push(size);
    if (part.stream) {
      push(
        Buffer.from(
          `${index + 1} 0 obj\n${part.body.replace(/>>\s*$/, `/Length ${part.stream.length} >>`)}\nstream\n`,
          'latin1',
        ),
      );
      push(Buffer.from(part.stream));
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else {
      push(Buffer.from(`${index + 1} 0 obj\n${part.body}\nendobj\n`, 'latin1'));
    }
  });
  const xref = size;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(
    Buffer.from(
      `xref\n0 ${parts.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${parts.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(chunks));
}

export interface TextPdfOptions {
  /** Files embedded like Factur-X does: /AF and /Names /EmbeddedFiles. */
  readonly attachments?: ReadonlyArray<{ name: string; bytes: Uint8Array; relationship?: string }>;
  readonly trailerExtra?: string;
  /** Content stream override (for hostile pages). */
  readonly pageParts?: (firstFree: number) => {
    contents: string;
    resources: string;
    parts: PdfPart[];
  };
}

/** A one-page PDF printing `lines` in Helvetica, top to bottom. */
export function textPdf(lines: readonly string[], options: TextPdfOptions = {}): Uint8Array {
  const content = lines
    .map((line, index) => `BT /F1 10 Tf 40 ${800 - index * 14} Td ${pdfText(line)} Tj ET`)
    .join('\n');
  const attachments = options.attachments ?? [];
  // 1 catalog, 2 pages, 3 page, 4 font, 5 content, then 2 objects per attachment.
  const specs = attachments.map((_, index) => 6 + index * 2);
  const names = attachments
    .map((attachment, index) => `${pdfText(attachment.name)} ${specs[index]} 0 R`)
    .join(' ');
  const catalogExtra =
    attachments.length > 0
      ? `/Names << /EmbeddedFiles << /Names [ ${names} ] >> >> /AF [ ${specs.map((n) => `${n} 0 R`).join(' ')} ]`
      : '';
  const custom = options.pageParts?.(6 + attachments.length * 2);
  const parts: PdfPart[] = [
    { body: `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>` },
    { body: '<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>' },
    {
      body: `<< /Type /Page /Parent 2 0 R /MediaBox [ 0 0 595 842 ] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> ${custom?.resources ?? ''} >> >>`,
    },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    {
      body: '<< /Filter /FlateDecode >>',
      stream: deflateSync(Buffer.from(custom?.contents ?? content, 'latin1')),
    },
    ...attachments.flatMap((attachment, index): PdfPart[] => [
      {
        body: `<< /Type /Filespec /F ${pdfText(attachment.name)} /UF ${pdfText(attachment.name)} /EF << /F ${(specs[index] ?? 0) + 1} 0 R >> /AFRelationship /${attachment.relationship ?? 'Data'} >>`,
      },
      {
        body: '<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode >>',
        stream: deflateSync(attachment.bytes),
      },
    ]),
    ...(custom?.parts ?? []),
  ];
  return buildPdf(parts, options.trailerExtra);
}
