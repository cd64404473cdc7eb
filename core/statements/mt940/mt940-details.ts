/** What an `:86:` field tells about its `:61:` line. */
export interface Mt940Details {
  readonly label: string | null;
  /** The whole field on one line, as the bank wrote it. */
  readonly raw: string;
  readonly memo: string | null;
  readonly counterparty: string | null;
  readonly counterpartyIban: string | null;
}

// SEPA keywords that German and Dutch banks write inside :86: (German DFÜ agreement usage).
const KEYWORD = /(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|PURP|COAM|OAMT|SQTP)\+/g;
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

/**
 * Reads `:86:` in its three common shapes: `?nn` sub-fields (German banks: `?00` posting text,
 * `?20`–`?29` purpose, `?31` account, `?32`–`?33` name), SEPA keywords (`EREF+… SVWZ+…`), or
 * free text. The label is the SVWZ purpose when there is one.
 */
export function readDetails(lines: readonly string[]): Mt940Details {
  const first = lines[0] ?? '';
  if (/^(\d{3})?\?\d{2}/.test(first)) return readSubFields(lines.join(''));

  const text = collapse(lines.join(' '));
  const keywords = readKeywords(text);
  if (keywords.size === 0) {
    return {
      label: text || null,
      raw: text,
      memo: null,
      counterparty: null,
      counterpartyIban: null,
    };
  }
  return fromKeywords(keywords, text, null, null);
}

// Sub-fields are cut at a fixed width and continue on the next line, so lines join without space.
function readSubFields(text: string): Mt940Details {
  const fields = new Map<string, string>();
  for (const match of text.matchAll(/\?(\d{2})([^?]*)/g)) {
    const code = match[1] ?? '';
    fields.set(code, (fields.get(code) ?? '') + (match[2] ?? ''));
  }
  const pick = (codes: readonly string[]) =>
    collapse(codes.map((code) => fields.get(code) ?? '').join('')) || null;

  const purpose = pick(['20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '60', '61']);
  const postingText = pick(['00']);
  const name = pick(['32', '33']);
  const account = pick(['31']);
  const raw = collapse(text);
  const iban = account !== null && IBAN.test(account) ? account : null;
  const keywords = readKeywords(purpose ?? '');
  if (keywords.size > 0) return fromKeywords(keywords, raw, name, iban);
  return {
    label: purpose ?? postingText,
    raw,
    memo: purpose === null ? null : postingText,
    counterparty: name,
    counterpartyIban: iban,
  };
}

function fromKeywords(
  keywords: ReadonlyMap<string, string>,
  raw: string,
  name: string | null,
  iban: string | null,
): Mt940Details {
  const others = [...keywords].filter(([keyword]) => keyword !== 'SVWZ');
  const memo = others.map(([keyword, value]) => `${keyword}+${value}`).join(' ');
  const keywordIban = keywords.get('IBAN') ?? null;
  return {
    label: keywords.get('SVWZ') ?? null,
    raw,
    memo: memo === '' ? null : memo,
    counterparty: name ?? keywords.get('ABWA') ?? keywords.get('ABWE') ?? null,
    counterpartyIban: iban ?? (keywordIban !== null && IBAN.test(keywordIban) ? keywordIban : null),
  };
}

function readKeywords(text: string): Map<string, string> {
  const found = [...text.matchAll(KEYWORD)];
  const keywords = new Map<string, string>();
  found.forEach((match, index) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = found[index + 1]?.index ?? text.length;
    const value = collapse(text.slice(start, end));
    if (match[1] && value !== '') keywords.set(match[1], value);
  });
  return keywords;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
