/** One OFX element: an aggregate (children, no value) or a leaf (a value, no children). */
export interface OfxElement {
  readonly name: string;
  /** 1-based line of the opening tag. */
  readonly line: number;
  /** Trimmed text of a leaf (`''` when empty); null for an aggregate. */
  readonly value: string | null;
  readonly children: readonly OfxElement[];
}

export function childOf(parent: OfxElement | null, name: string): OfxElement | null {
  return parent?.children.find((child) => child.name === name) ?? null;
}

/** Value of a direct leaf child: null when absent, `''` when written empty. */
export function leafText(parent: OfxElement | null, name: string): string | null {
  const child = childOf(parent, name);
  return child ? (child.value ?? '') : null;
}

/** Value of a direct leaf child, null when absent or empty. */
export function leafValue(parent: OfxElement | null, name: string): string | null {
  const text = leafText(parent, name);
  return text === null || text === '' ? null : text;
}

/** Every element named one of `names`, in document order, not looking inside a match. */
export function findAll(root: OfxElement, names: readonly string[]): OfxElement[] {
  const found: OfxElement[] = [];
  const visit = (element: OfxElement) => {
    if (names.includes(element.name)) found.push(element);
    else element.children.forEach(visit);
  };
  root.children.forEach(visit);
  return found;
}
