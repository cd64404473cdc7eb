import { parseAmountToCents } from '../money/parse-amount.ts';

const WITH_CURRENCY =
  /(\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[,.]\d{1,2})?|\d+(?:[,.]\d{1,2})?)\s*(?:€|eur\b|euros?\b)/i;
const WITH_CENTS = /(?<![\d/])(\d{1,3}(?:[ \u00a0\u202f]\d{3})*[,.]\d{2}|\d+[,.]\d{2})(?![\d/])/;
const ANY_NUMBER = /^\s*[-−]?\s*(\d[\d \u00a0\u202f]*(?:[,.]\d{1,2})?)\s*(?:€|eur|euros?)?\s*$/i;

/** An amount written beside a file ("reçu taxi 18,40€"), in cents without sign; dates are not amounts. */
export function amountInCaption(caption: string | null): number | null {
  if (!caption) return null;
  const match = WITH_CURRENCY.exec(caption) ?? WITH_CENTS.exec(caption);
  return match?.[1] ? positiveCents(match[1]) : null;
}

/** A typed answer that is an amount and nothing else: "18,40", "18.4", "18,40 €". */
export function typedAmount(text: string): number | null {
  const match = ANY_NUMBER.exec(text);
  return match?.[1] ? positiveCents(match[1]) : null;
}

function positiveCents(text: string): number | null {
  const parsed = parseAmountToCents(text, 'auto');
  return parsed.ok && parsed.value > 0 ? parsed.value : null;
}
