import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * The script a PDF worker thread starts with. The worker runs TypeScript like the rest of
 * Pointage (no build step), so it registers tsx's hooks itself: a worker thread does not inherit
 * the parent's. pdf-parse and pdf.js's worker module (5 MB of JavaScript) are loaded before the
 * hooks, which would otherwise inspect them and make the first file take seconds; pdf.js finds
 * its worker module already loaded (`globalThis.pdfjsWorker`) and runs it in this thread.
 */
export function pdfWorkerBootstrap(): string {
  const worker = new URL('./pdf-worker.ts', import.meta.url).href;
  const pdfjsWorker = pathToFileURL(
    createRequire(require.resolve('pdf-parse')).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ).href;
  return [
    `import(${JSON.stringify(pdfjsWorker)})`,
    `.then(() => import(${JSON.stringify(esmEntryUrl('pdf-parse', '.'))}))`,
    `.then(() => import(${JSON.stringify(esmEntryUrl('tsx', './esm/api'))}))`,
    `.then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`,
  ].join('');
}

// The ESM entry of a package, found through its export map (require.resolve would pick the
// CommonJS one, which fails to load under tsx's hooks).
function esmEntryUrl(name: string, subpath: string): string {
  const manifestPath = manifestOf(name);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: Record<string, string | { import?: string | { default?: string } }>;
  };
  const entry = manifest.exports[subpath];
  const target =
    typeof entry === 'string'
      ? entry
      : typeof entry?.import === 'string'
        ? entry.import
        : entry?.import?.default;
  if (!target) throw new Error(`${name} has no ESM entry for ${subpath}`);
  return pathToFileURL(path.join(path.dirname(manifestPath), target)).href;
}

// Not every package exports its package.json: walk up from its main entry instead.
function manifestOf(name: string): string {
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (
      existsSync(candidate) &&
      (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === name
    ) {
      return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json of ${name} not found`);
    dir = parent;
  }
}
