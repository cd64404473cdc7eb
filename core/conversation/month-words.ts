import type { CalendarDate } from '../dates/calendar-date.ts';

const NAMES: ReadonlyArray<readonly string[]> = [
  ['janvier', 'january', 'janv', 'jan'],
  ['fevrier', 'february', 'fevr', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'april', 'avr', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'july', 'juil', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'september', 'sept', 'sep'],
  ['octobre', 'october', 'oct'],
  ['novembre', 'november', 'nov'],
  ['decembre', 'december', 'dec'],
];

/**
 * The `YYYY-MM` month a person means in `words` (already folded: lower case, no accents):
 * "octobre", "octobre 2026", "2026-10", "10/2026", "mois dernier". A month named without a year
 * is the latest one that is not in the future. Null when no month is named.
 */
export function findMonth(words: readonly string[], today: CalendarDate): string | null {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const text = words.join(' ');

  const iso = /\b(\d{4})-(\d{2})\b/.exec(text) ?? null;
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return `${iso[1]}-${iso[2]}`;
  const slashed = /\b(\d{1,2})\/(\d{4})\b/.exec(text);
  if (slashed && Number(slashed[1]) >= 1 && Number(slashed[1]) <= 12) {
    return `${slashed[2]}-${slashed[1]!.padStart(2, '0')}`;
  }
  if (/\b(mois dernier|last month)\b/.test(text)) return shift(year, month, -1);
  if (/\b(ce mois|this month)\b/.test(text)) return shift(year, month, 0);

  for (const [index, word] of words.entries()) {
    const named = NAMES.findIndex((names) => names.includes(word.replace(/[.?!,]+$/, '')));
    if (named === -1) continue;
    const number = named + 1;
    const written = /^\d{4}$/.test(words[index + 1] ?? '') ? Number(words[index + 1]) : null;
    const chosenYear = written ?? (number <= month ? year : year - 1);
    return `${chosenYear}-${String(number).padStart(2, '0')}`;
  }
  return null;
}

export function currentMonth(today: CalendarDate): string {
  return today.slice(0, 7);
}

function shift(year: number, month: number, by: number): string {
  const index = year * 12 + (month - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
