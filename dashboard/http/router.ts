/** A route's path pattern: literal segments and `:name` parameters, e.g. `/clients/:id`. */
export interface Route<H> {
  readonly method: 'GET' | 'POST';
  readonly pattern: string;
  readonly handler: H;
}

export interface RouteMatch<H> {
  readonly route: Route<H>;
  readonly params: Readonly<Record<string, string>>;
}

export type RouteLookup<H> =
  | { readonly kind: 'found'; readonly match: RouteMatch<H> }
  | { readonly kind: 'wrong_method' }
  | { readonly kind: 'not_found' };

/** Finds the route for a method and path; parameters come back decoded. */
export function createRouter<H>(
  routes: readonly Route<H>[],
): (method: string, path: string) => RouteLookup<H> {
  const compiled = routes.map((route) => ({
    route,
    segments: route.pattern.split('/').filter(Boolean),
  }));
  return (method, path) => {
    const parts = path.split('/').filter(Boolean);
    let pathMatched = false;
    for (const { route, segments } of compiled) {
      const params = matchSegments(segments, parts);
      if (!params) continue;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) {
        return { kind: 'found', match: { route, params } };
      }
      pathMatched = true;
    }
    return pathMatched ? { kind: 'wrong_method' } : { kind: 'not_found' };
  };
}

function matchSegments(
  segments: readonly string[],
  parts: readonly string[],
): Record<string, string> | null {
  if (segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    const part = parts[index]!;
    if (segment.startsWith(':')) {
      const decoded = safeDecode(part);
      if (decoded === null) return null;
      params[segment.slice(1)] = decoded;
    } else if (segment !== part) {
      return null;
    }
  }
  return params;
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
