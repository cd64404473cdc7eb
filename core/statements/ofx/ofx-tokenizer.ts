/** A tolerant scanner for OFX bodies: SGML 1.x (leaf tags left open) and XML 2.x alike. */

export type OfxToken =
  | { readonly kind: 'open'; readonly name: string; readonly line: number }
  | { readonly kind: 'close'; readonly name: string; readonly line: number }
  | { readonly kind: 'text'; readonly value: string; readonly line: number };

export interface OfxTokens {
  readonly tokens: readonly OfxToken[];
  /** Line of the last non-blank character: where a cut-off download ends. */
  readonly endLine: number;
}

// Intuit's QFX adds dotted names (`INTU.BID`); tags are case-insensitive in SGML.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9._-]*)\s*(\/?)>/y;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Splits OFX text into open tags, close tags and text, each with its 1-based line. Header lines
 * come out as text before `<OFX>`; comments, `<?…?>` and `<!…>` are skipped; CDATA is kept raw.
 */
export function tokenizeOfx(text: string): OfxTokens {
  const tokens: OfxToken[] = [];
  const lineAt = lineCounter(text);
  let pending: { value: string; line: number } | null = null;

  // Text, entity-decoded text and CDATA that touch each other form one value.
  const addText = (value: string, offset: number) => {
    const lead = value.length - value.trimStart().length;
    if (pending) pending.value += value;
    else pending = { value, line: lineAt(offset + (lead < value.length ? lead : 0)) };
  };
  const flush = () => {
    if (pending) tokens.push({ kind: 'text', ...pending });
    pending = null;
  };

  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt < 0) {
      addText(decodeEntities(text.slice(at)), at);
      break;
    }
    if (lt > at) addText(decodeEntities(text.slice(at, lt)), at);

    if (text.startsWith('<![CDATA[', lt)) {
      const end = endOf(text, ']]>', lt);
      addText(text.slice(lt + 9, end.contentEnd), lt);
      at = end.next;
      continue;
    }
    if (text.startsWith('<!--', lt)) {
      at = endOf(text, '-->', lt).next;
      continue;
    }
    if (text.startsWith('<?', lt) || text.startsWith('<!', lt)) {
      at = endOf(text, '>', lt).next;
      continue;
    }

    TAG.lastIndex = lt;
    const match = TAG.exec(text);
    if (!match) {
      // A lone `<` in a label (`A < B`) is text, not markup.
      addText('<', lt);
      at = lt + 1;
      continue;
    }
    flush();
    const name = (match[2] ?? '').toUpperCase();
    const line = lineAt(lt);
    tokens.push({ kind: match[1] === '/' ? 'close' : 'open', name, line });
    if (match[3] === '/') tokens.push({ kind: 'close', name, line });
    at = TAG.lastIndex;
  }
  flush();

  const lastContent = text.trimEnd().length;
  return { tokens, endLine: lineAt(Math.max(0, lastContent - 1)) };
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const isHex = body[1] === 'x' || body[1] === 'X';
      const code = Number.parseInt(body.slice(isHex ? 2 : 1), isHex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function endOf(text: string, marker: string, from: number): { contentEnd: number; next: number } {
  const found = text.indexOf(marker, from);
  return found < 0
    ? { contentEnd: text.length, next: text.length }
    : { contentEnd: found, next: found + marker.length };
}

/** Line (1-based) of an offset. CRLF, LF and a lone CR each end one line. */
function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) starts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
