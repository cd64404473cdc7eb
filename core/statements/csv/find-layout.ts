import type { CsvPreset } from './csv-preset.ts';
import { normalizeName, withoutTrailingEmpty } from './csv-text.ts';
import { CSV_PRESETS } from './presets/csv-presets.ts';
import { DELIMITERS, readLine, type CsvDelimiter } from './read-records.ts';

/** Which bank layout a text is, how it is separated, and where its header stands. */
export interface CsvLayout {
  readonly preset: CsvPreset;
  readonly delimiter: CsvDelimiter;
  /** Physical line of the header; null for a layout without one. */
  readonly headerLine: number | null;
}

/** Headers sit near the top, under at most a dozen preamble lines. */
const SCAN_LINES = 60;

/**
 * Finds the first line that carries a preset's whole header signature, trying each separator.
 * A line is never taken for a header on its first word (La Banque Postale's preamble has a
 * "Date ;30/11/2026" line); when several presets match, the longest signature wins.
 */
export function findLayout(text: string): CsvLayout | null {
  const lines = text.split(/\r?\n/, SCAN_LINES);

  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let best: { preset: CsvPreset; delimiter: CsvDelimiter } | null = null;
    for (const delimiter of DELIMITERS) {
      if (!line.includes(delimiter)) continue;
      const cells = readLine(line, delimiter);
      if (cells === null) continue;
      const preset = bestPreset(cells);
      if (preset && (!best || isBetter(preset, best.preset))) best = { preset, delimiter };
    }
    if (best) return { ...best, headerLine: index + 1 };
  }
  return findHeaderless(lines);
}

function bestPreset(cells: readonly string[]): CsvPreset | null {
  const names = new Set(withoutTrailingEmpty(cells).map(normalizeName));
  let best: CsvPreset | null = null;
  for (const preset of CSV_PRESETS) {
    if (preset.headerless) continue;
    if (!preset.header.every((name) => names.has(normalizeName(name)))) continue;
    if (!best || isBetter(preset, best)) best = preset;
  }
  return best;
}

function isBetter(candidate: CsvPreset, current: CsvPreset): boolean {
  if (!!candidate.isGeneric !== !!current.isGeneric) return !candidate.isGeneric;
  return candidate.header.length > current.header.length;
}

function findHeaderless(lines: readonly string[]): CsvLayout | null {
  for (const preset of CSV_PRESETS) {
    const rule = preset.headerless;
    if (!rule) continue;
    const split = lines
      .filter((line) => line.trim() !== '')
      .slice(0, rule.preambleRecords + 3)
      .map((line) => readLine(line, rule.delimiter) ?? []);
    if (rule.matches(split)) return { preset, delimiter: rule.delimiter, headerLine: null };
  }
  return null;
}
