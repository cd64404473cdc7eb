import { calendarDate, type CalendarDate } from '../../dates/calendar-date.ts';

export interface FoundDate {
  readonly date: CalendarDate;
  readonly index: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  january: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  feb: 2,
  february: 2,
  mars: 3,
  mar: 3,
  march: 3,
  avril: 4,
  avr: 4,
  apr: 4,
  april: 4,
  mai: 5,
  may: 5,
  juin: 6,
  jun: 6,
  june: 6,
  juillet: 7,
  juil: 7,
  jul: 7,
  july: 7,
  aout: 8,
  aug: 8,
  august: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  september: 9,
  octobre: 10,
  oct: 10,
  october: 10,
  novembre: 11,
  nov: 11,
  november: 11,
  decembre: 12,
  dec: 12,
  december: 12,
};
const MONTH_WORD = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// Day-first numeric dates are French; ISO dates are unambiguous; month names in FR or EN.
const PATTERNS: ReadonlyArray<{
  re: RegExp;
  parts: (m: RegExpExecArray) => [number, number, number];
}> = [
  {
    re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    re: /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-]*\d)/g,
    parts: (m) => [fullYear(m[3] ?? ''), Number(m[2]), Number(m[1])],
  },
  {
    re: new RegExp(String.raw`(?<!\d)(\d{1,2})(?:er)?\s+(${MONTH_WORD})\.?\s+(\d{4})(?!\d)`, 'g'),
    parts: (m) => [Number(m[3]), MONTHS[m[2] ?? ''] ?? 0, Number(m[1])],
  },
  {
    re: new RegExp(
      String.raw`\b(${MONTH_WORD})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`,
      'g',
    ),
    parts: (m) => [Number(m[3]), MONTHS[m[1] ?? ''] ?? 0, Number(m[2])],
  },
];

/** Every date of a folded line (lower case, no accents), in order of position. */
export function findDates(folded: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const pattern of PATTERNS) {
    for (const match of folded.matchAll(pattern.re)) {
      const [year, month, day] = pattern.parts(match as RegExpExecArray);
      const date = calendarDate(year, month, day);
      if (date) found.push({ date, index: match.index ?? 0 });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}
