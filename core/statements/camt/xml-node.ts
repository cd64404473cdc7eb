import { XMLParser } from 'fast-xml-parser';

/**
 * A read-only view over fast-xml-parser's output. Element names are namespace-free (`Ntry`, not
 * `camt:Ntry`); a repeated element is an array, a single one is not, so every accessor treats
 * both alike. Entities are left undecoded by the parser and decoded here, leaf by leaf.
 */
export interface XmlNode {
  readonly [name: string]: unknown;
}

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Entities are decoded by `decodeEntities` below, so no DTD entity is ever expanded.
  processEntities: false,
  captureMetaData: true,
});

export function parseXmlTree(text: string): XmlNode {
  const tree: unknown = parser.parse(text);
  return isNode(tree) ? tree : {};
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The elements called `name` directly under `node`; a text leaf becomes `{ '#text': … }`. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  if (!node) return [];
  const value = node[name];
  if (value === undefined) return [];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.map((item) => (isNode(item) ? item : { '#text': String(item) }));
}

/** The first element along a path of names, or undefined. */
export function child(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node;
  for (const name of path) current = children(current, name)[0];
  return current;
}

/** Every element at the end of a path, following each repetition along the way. */
export function descendants(node: XmlNode | undefined, ...path: string[]): XmlNode[] {
  let current: XmlNode[] = node ? [node] : [];
  for (const name of path) current = current.flatMap((item) => children(item, name));
  return current;
}

/** Trimmed, entity-decoded text of the first element along the path; null when absent or empty. */
export function text(node: XmlNode | undefined, ...path: string[]): string | null {
  const target = path.length === 0 ? node : child(node, ...path);
  const raw = target?.['#text'];
  if (raw === undefined || raw === null) return null;
  const value = decodeEntities(String(raw)).trim();
  return value === '' ? null : value;
}

export function texts(node: XmlNode | undefined, ...path: string[]): string[] {
  return descendants(node, ...path)
    .map((item) => text(item))
    .filter((value): value is string => value !== null);
}

export function attribute(node: XmlNode | undefined, name: string): string | null {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? decodeEntities(value).trim() : null;
}

/** Offset of the element's `<` in the source text, when the parser recorded it. */
export function startOffset(node: XmlNode): number | null {
  const meta: unknown = (node as Record<symbol, unknown>)[META];
  if (!isNode(meta)) return null;
  const index = meta['startIndex'];
  return typeof index === 'number' ? index : null;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** The five XML entities and numeric references; anything else is left as written. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}
