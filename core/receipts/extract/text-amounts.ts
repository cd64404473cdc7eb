/** An amount printed on a document: `1 234,56 €`, `EUR 290.00`, `$59.00`, `-12,00 €`. */
export interface FoundAmount {
  readonly cents: number;
  readonly currency: string | null;
  /** Position in the line, to tell left from right columns. */
  readonly index: number;
  /** A rate ("20 %"), not an amount: kept so VAT lines can read it. */
  readonly isPercent: boolean;
}

// Receipts always print cents, so an amount ends with two decimals. Thousands are grouped by a
// space or by the mark that is not the decimal one ("1.260,00", "1,234.56").
const AMOUNT = new RegExp(
  [
    String.raw`(?<![\d.,])`,
    String.raw`(?<sign>-\s?)?`,
    String.raw`(?<units>\d{1,3}(?:(?<sep>[ .,'])\d{3})(?:\k<sep>\d{3})*|\d+)`,
    String.raw`(?<mark>[.,])(?<cents>\d{2})(?!\d|[.,]\d)`,
    String.raw`(?<percent>\s?%)?`,
  ].join(''),
  'g',
);

const BEFORE = /(€|EUR|USD|US\$|\$|£|GBP|CHF)\s?$/;
const AFTER = /^\s?(€|EUR|USD|\$|£|GBP|CHF|euros?)\b|^\s?€/i;
const SYMBOLS: Readonly<Record<string, string>> = {
  '€': 'EUR',
  EUR: 'EUR',
  EURO: 'EUR',
  EUROS: 'EUR',
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  '£': 'GBP',
  GBP: 'GBP',
  CHF: 'CHF',
};

export function findAmounts(line: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  for (const match of line.matchAll(AMOUNT)) {
    const groups = match.groups ?? {};
    const separator = groups.sep;
    if (separator !== undefined && separator === groups.mark) continue;
    const units = Number((groups.units ?? '0').replace(/[ .,']/g, ''));
    const cents = units * 100 + Number(groups.cents);
    if (!Number.isSafeInteger(cents)) continue;
    const index = match.index ?? 0;
    const currency = currencyAround(line, index, index + match[0].length);
    found.push({
      cents: groups.sign ? -cents : cents,
      currency,
      index,
      isPercent: groups.percent !== undefined,
    });
  }
  return found;
}

/** Amounts only, rates left out. */
export function moneyAmounts(line: string): FoundAmount[] {
  return findAmounts(line).filter((amount) => !amount.isPercent);
}

function currencyAround(line: string, start: number, end: number): string | null {
  const before = BEFORE.exec(line.slice(Math.max(0, start - 4), start));
  const after = AFTER.exec(line.slice(end, end + 7));
  const symbol = (before?.[1] ?? after?.[1] ?? (after ? '€' : null))?.toUpperCase();
  return symbol ? (SYMBOLS[symbol] ?? null) : null;
}

/** A rate as printed ("5,5 %", "20,00%") in canonical form: "5.5", "20". */
export function findRate(line: string): string | null {
  const match = /(\d{1,2}(?:[.,]\d{1,2})?)\s?%/.exec(line);
  if (!match?.[1]) return null;
  return String(Number(match[1].replace(',', '.')));
}
