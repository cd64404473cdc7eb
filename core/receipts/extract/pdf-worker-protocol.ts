/** Messages between the PDF sandbox and its worker thread (structured-clone safe). */

export interface PdfLimits {
  /** Documents with more pages are refused without reading their text. */
  readonly maxPages: number;
  /** Decompressed bytes allowed for all streams of one file. */
  readonly maxInflatedBytes: number;
}

export interface PdfJob {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly limits: PdfLimits;
}

export type PdfFailureCode =
  'CORRUPT_PDF' | 'ENCRYPTED_PDF' | 'TOO_MANY_PAGES' | 'PDF_BOMB' | 'TIMEOUT' | 'PARSER_CRASHED';

export interface PdfContent {
  readonly pageCount: number;
  /** Text of each page as pdf-parse 2.x joins its runs. */
  readonly pages: readonly string[];
  readonly attachments: ReadonlyArray<{
    name: string;
    relationship: string | null;
    bytes: Uint8Array;
  }>;
}

export type PdfJobResult =
  | { readonly id: number; readonly ok: true; readonly content: PdfContent }
  | {
      readonly id: number;
      readonly ok: false;
      readonly code: PdfFailureCode;
      readonly detail: string;
    };
