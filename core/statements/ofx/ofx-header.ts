/** What comes before `<OFX>`: SGML 1.x `KEY:VALUE` lines, an XML 2.x `<?OFX …?>`, or nothing. */
export interface OfxHeader {
  readonly kind: 'sgml' | 'xml' | 'none';
  /** `102`, `211`… as written; null when the file has no header. */
  readonly version: string | null;
  /** Declared CHARSET (`1252`, `8859-1`, `UTF-8`), null when absent. */
  readonly charset: string | null;
}

const XML_HEADER = /<\?OFX\s([^?]*)\?>/i;

export function readOfxHeader(text: string): OfxHeader {
  const start = text.search(/\S/);
  const bodyStart = text.search(/<OFX[\s>]/i);
  const xml = XML_HEADER.exec(text);
  if (xml && (bodyStart < 0 || (xml.index ?? 0) < bodyStart)) {
    const version = /VERSION\s*=\s*"([^"]*)"/i.exec(xml[1] ?? '')?.[1] ?? null;
    const charset = /encoding\s*=\s*"([^"]*)"/i.exec(text.slice(0, xml.index))?.[1] ?? null;
    return { kind: 'xml', version, charset };
  }

  // Banks put blank lines before the header; fields run up to the first tag.
  const head = text.slice(Math.max(0, start), bodyStart < 0 ? undefined : bodyStart);
  const fields = new Map<string, string>();
  for (const line of head.split(/\r\n|\r|\n/)) {
    const match = /^\s*([A-Z]+)\s*:\s*(.*?)\s*$/i.exec(line);
    if (match?.[1] && match[2] !== undefined) fields.set(match[1].toUpperCase(), match[2]);
  }
  if (!fields.has('OFXHEADER')) return { kind: 'none', version: null, charset: null };
  return {
    kind: 'sgml',
    version: fields.get('VERSION') ?? null,
    charset: fields.get('CHARSET') ?? null,
  };
}

/** `102` → `1.02`, `211` → `2.11`. */
export function formatOfxVersion(version: string | null): string | null {
  return version && /^\d{3}$/.test(version) ? `${version[0]}.${version.slice(1)}` : null;
}
