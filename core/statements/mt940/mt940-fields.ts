/** One `:tag:` field of an MT940 message with its continuation lines. */
export interface Mt940Field {
  readonly tag: string;
  /** The text after `:tag:` on the first line, then each continuation line as written. */
  readonly lines: readonly string[];
  /** 1-based line of the tag. */
  readonly line: number;
}

export interface Mt940Fields {
  readonly fields: readonly Mt940Field[];
  readonly hasSwiftEnvelope: boolean;
}

const TAG = /^:(\d{2}[A-Z]?):(.*)$/;
const ENVELOPE_BLOCK_4 = /^\{1:.*?\{4:/;

/**
 * Flattens the file into tagged fields. SWIFT envelopes (`{1:…}{2:…}{4:` … `-}{5:…}`) and bank
 * preambles (`SOGEFRPP` / `940` / `SOGEFRPP`) are dropped: a line that is not a tag only continues
 * the current field, and there is no current field between a `-` terminator and the next tag.
 */
export function splitFields(text: string): Mt940Fields {
  const fields: { tag: string; lines: string[]; line: number }[] = [];
  let current: { lines: string[] } | null = null;
  let hasSwiftEnvelope = false;

  for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
    let line = rawLine;
    const envelope = ENVELOPE_BLOCK_4.exec(line);
    if (envelope) {
      hasSwiftEnvelope = true;
      current = null;
      line = line.slice(envelope[0].length);
    }
    if (line.trim() === '-' || line.startsWith('-}')) {
      current = null;
      continue;
    }

    const tagged = TAG.exec(line);
    if (tagged) {
      const field = { tag: tagged[1] ?? '', lines: [tagged[2] ?? ''], line: index + 1 };
      fields.push(field);
      current = field;
    } else if (current !== null && line.trim() !== '') {
      current.lines.push(line);
    }
  }
  return { fields, hasSwiftEnvelope };
}
