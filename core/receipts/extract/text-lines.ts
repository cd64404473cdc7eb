import { foldAccents } from '../../labels/fold-text.ts';

/** One line of page text, as printed and folded for keyword tests. */
export interface TextLine {
  /** Spaces normalised (NBSP, NNBSP, tabs → space), U+2212 minus → "-", typographic quotes. */
  readonly text: string;
  /** Lower case, accents removed: what keyword patterns run on. */
  readonly folded: string;
  readonly page: number;
  readonly index: number;
}

/** Splits page texts into non-empty normalised lines, numbered across pages. */
export function toLines(pages: readonly string[]): TextLine[] {
  const lines: TextLine[] = [];
  pages.forEach((page, pageIndex) => {
    for (const raw of page.split(/\r?\n/)) {
      const text = normaliseText(raw);
      if (text === '') continue;
      lines.push({ text, folded: foldLine(text), page: pageIndex + 1, index: lines.length });
    }
  });
  return lines;
}

export function normaliseText(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2007\u2009\t]/g, ' ')
    .replace(/\u2212/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function foldLine(text: string): string {
  return foldAccents(text).toLowerCase().replace(/œ/g, 'oe');
}

/** True when some page carries text beyond whitespace (pdf-parse 2.x pages of a scan are ""). */
export function hasTextLayer(pages: readonly string[]): boolean {
  return pages.some((page) => /[\p{L}\p{N}]/u.test(page));
}
