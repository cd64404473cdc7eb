import { nameOf, type PdfObjectIndex } from './pdf-object-index.ts';
import {
  decodeTextString,
  isDict,
  isRef,
  isString,
  type PdfDict,
  type PdfValue,
} from './pdf-syntax.ts';

export interface PdfAttachment {
  readonly name: string;
  /** /AFRelationship of a PDF/A-3 associated file (Data, Alternative, Source…), when given. */
  readonly relationship: string | null;
  readonly bytes: Uint8Array;
}

const MAX_NAME_TREE_NODES = 1_000;
const MAX_ATTACHMENTS = 20;

/**
 * The files embedded in the document catalog: the associated files (/AF, PDF/A-3 as Factur-X
 * uses it) and the /Names /EmbeddedFiles name tree. Attachments of annotations are ignored:
 * an e-invoice's XML is always declared at document level.
 */
export function readAttachments(index: PdfObjectIndex): PdfAttachment[] {
  const catalog = findCatalog(index);
  if (!catalog) return [];

  const specs: PdfValue[] = [];
  const associated = index.resolve(catalog.dict.get('AF'));
  if (Array.isArray(associated)) specs.push(...associated);
  const names = index.resolve(catalog.dict.get('Names'));
  if (isDict(names)) collectNameTree(index, names.dict.get('EmbeddedFiles'), specs);

  const seen = new Set<string>();
  const attachments: PdfAttachment[] = [];
  for (const spec of specs) {
    if (attachments.length >= MAX_ATTACHMENTS) break;
    const key = isRef(spec) ? `ref:${spec.ref}` : null;
    if (key && seen.has(key)) continue;
    if (key) seen.add(key);
    const attachment = readFileSpec(index, spec);
    if (attachment && !attachments.some((known) => known.name === attachment.name)) {
      attachments.push(attachment);
    }
  }
  return attachments;
}

function findCatalog(index: PdfObjectIndex): PdfDict | null {
  let catalog: PdfDict | null = null;
  for (const object of index.all()) {
    if (isDict(object.value) && nameOf(object.value, 'Type') === 'Catalog') catalog = object.value;
  }
  return catalog;
}

// A name tree is [key value key value…] in /Names, or /Kids pointing to more nodes.
function collectNameTree(index: PdfObjectIndex, root: PdfValue | undefined, out: PdfValue[]): void {
  const queue: Array<PdfValue | undefined> = [root];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_NAME_TREE_NODES) {
    visited += 1;
    const node = index.resolve(queue.shift());
    if (!isDict(node)) continue;
    const names = index.resolve(node.dict.get('Names'));
    if (Array.isArray(names)) {
      for (let at = 1; at < names.length; at += 2) out.push(names[at] as PdfValue);
    }
    const kids = index.resolve(node.dict.get('Kids'));
    if (Array.isArray(kids)) queue.push(...kids);
  }
}

function readFileSpec(index: PdfObjectIndex, value: PdfValue): PdfAttachment | null {
  const spec = index.resolve(value);
  if (!isDict(spec)) return null;
  const nameValue = index.resolve(spec.dict.get('UF') ?? spec.dict.get('F'));
  if (!isString(nameValue)) return null;

  const embedded = index.resolve(spec.dict.get('EF'));
  if (!isDict(embedded)) return null;
  const fileRef = embedded.dict.get('UF') ?? embedded.dict.get('F');
  const bytes = isRef(fileRef) ? index.decoded(fileRef.ref) : null;
  if (!bytes) return null;
  return {
    name: decodeTextString(nameValue.bytes),
    relationship: nameOf(spec, 'AFRelationship'),
    bytes,
  };
}
