const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** `novembre 2026` for `2026-11`: how people read a month of the books. */
export function frenchMonthLabel(month: string): string {
  const index = Number(month.slice(5, 7)) - 1;
  return `${MONTHS_FR[index] ?? month} ${month.slice(0, 4)}`;
}
