import { XMLParser } from 'fast-xml-parser';
import { calendarDate, type CalendarDate } from '../../dates/calendar-date.ts';
import { parseAmountToCents } from '../../money/parse-amount.ts';
import { err, ok, type Result } from '../../result/result.ts';

/** A parsed XML element: child elements by local name, text under `#text`, attributes `@_x`. */
export type XmlNode = { readonly [key: string]: XmlValue };
export type XmlValue = string | number | boolean | XmlNode | XmlValue[];

// An e-invoice never needs a DTD: refusing one closes external entities and entity bombs.
const DECLARATION = /<!(DOCTYPE|ENTITY)\b/i;

const parser = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
});

export function parseXml(bytes: Uint8Array): Result<XmlNode, string> {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
  if (DECLARATION.test(text)) return err('the XML declares a DTD or entities (refused)');
  try {
    return ok(parser.parse(text) as XmlNode);
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
}

/** Children by path of local names; every step may hold one element or a list. */
export function all(node: XmlValue | undefined, ...path: string[]): XmlValue[] {
  let current: XmlValue[] = node === undefined ? [] : [node];
  for (const step of path) {
    current = current.flatMap((value) => {
      if (typeof value !== 'object' || Array.isArray(value)) return [];
      const child = value[step];
      if (child === undefined) return [];
      return Array.isArray(child) ? child : [child];
    });
  }
  return current;
}

export function first(node: XmlValue | undefined, ...path: string[]): XmlValue | undefined {
  return all(node, ...path)[0];
}

export function textOf(value: XmlValue | undefined): string | null {
  if (value === undefined) return null;
  if (typeof value === 'object' && !Array.isArray(value)) return textOf(value['#text']);
  if (Array.isArray(value)) return textOf(value[0]);
  const text = String(value).trim();
  return text === '' ? null : text;
}

export function attributeOf(value: XmlValue | undefined, name: string): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return textOf(value[`@_${name}`]);
}

/** An XML decimal ("46.90", "-12", "1200.5") in cents; more precision than a cent is refused. */
export function centsOf(value: XmlValue | undefined): number | null {
  const text = textOf(value);
  if (text === null || !/^[+-]?\d+(\.\d+)?$/.test(text)) return null;
  const parsed = parseAmountToCents(text, '.');
  return parsed.ok ? parsed.value : null;
}

/** UN/CEFACT date format 102 (`20261021`); also ISO dates some writers put there. */
export function dateOf(value: XmlValue | undefined): CalendarDate | null {
  const text =
    textOf(first(value, 'DateTimeString')) ?? textOf(first(value, 'DateString')) ?? textOf(value);
  const match = text ? /^(\d{4})-?(\d{2})-?(\d{2})/.exec(text) : null;
  return match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}
