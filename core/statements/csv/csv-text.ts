/** Text helpers shared by the CSV engine and the bank presets. */

/** A header cell or preamble label reduced to compare: no accents, case, or padding. */
export function normalizeName(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A cell as the books read it: each physical line trimmed, empty lines dropped, lines joined by
 * one space. Crédit Agricole quotes labels over several lines padded with spaces.
 */
export function cleanCell(text: string): string {
  if (!text.includes('\n')) return text.trim();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

export function isBlankCells(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Cells without the empty ones a trailing `;` adds. */
export function withoutTrailingEmpty(cells: readonly string[]): readonly string[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? '').trim() === '') end -= 1;
  return cells.slice(0, end);
}
