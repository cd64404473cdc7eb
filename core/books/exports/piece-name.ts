import type { CalendarDate } from '../../dates/calendar-date.ts';
import { foldForMatch } from '../../labels/fold-text.ts';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
};

/**
 * A justificatif's name in the month archive, `YYYY-MM-DD_montant_vendor.ext`: the payment date,
 * the amount it justifies in French notation without sign (`420,00`), the vendor in ASCII.
 */
export function pieceFileName(input: {
  date: CalendarDate;
  amountCents: number;
  party: string;
  mime: string;
}): string {
  const cents = Math.abs(input.amountCents);
  const amount = `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
  const vendor =
    foldForMatch(input.party)
      .toLowerCase()
      .split(' ')
      .filter((word) => word !== '')
      .slice(0, 5)
      .join('-') || 'justificatif';
  return `${input.date}_${amount}_${vendor}.${EXTENSIONS[input.mime] ?? 'bin'}`;
}

/** The name, or the first of `…-2.pdf`, `…-3.pdf` not yet taken in the archive folder. */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  let candidate = name;
  for (let count = 2; taken.has(candidate); count += 1) {
    candidate = name.replace(/(\.[a-z0-9]+)$/, `-${count}$1`);
  }
  return candidate;
}
