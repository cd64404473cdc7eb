import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PdfContent, PdfFailureCode, PdfJobResult, PdfLimits } from './pdf-worker-protocol.ts';

export type PdfReadResult =
  | { ok: true; content: PdfContent }
  | { ok: false; code: PdfFailureCode; detail: string };

export interface PdfSandboxOptions {
  /** A parse running longer is stopped and its worker replaced. */
  readonly timeoutMs?: number;
  /** Heap of the worker thread; exceeding it ends the worker, not the process. */
  readonly maxHeapMb?: number;
  readonly limits?: Partial<PdfLimits>;
}

/** Parses PDFs in a worker thread so that a hostile file costs a bounded time and memory. */
export interface PdfSandbox {
  read(bytes: Uint8Array): Promise<PdfReadResult>;
  close(): Promise<void>;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxPages: 40, maxInflatedBytes: 64 * 1024 * 1024 };
const DEFAULT_TIMEOUT_MS = 15_000;

// The worker runs TypeScript like the rest of Pointage (no build step): it registers tsx's hooks
// itself, as a worker thread does not inherit the parent's.
const WORKER_URL = new URL('./pdf-worker.ts', import.meta.url).href;
const BOOTSTRAP =
  `import(${JSON.stringify(tsxApiUrl())}).then(({ register }) => { register(); ` +
  `return import(${JSON.stringify(WORKER_URL)}); });`;

// The ESM entry of tsx's API, found through tsx's own export map (require.resolve would pick
// the CommonJS one, which fails to load under tsx's hooks).
function tsxApiUrl(): string {
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const entry = manifest.exports['./esm/api']?.import?.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(path.join(path.dirname(manifestPath), entry)).href;
}

interface Pending {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly resolve: (result: PdfReadResult) => void;
}

export function createPdfSandbox(options: PdfSandboxOptions = {}): PdfSandbox {
  const limits: PdfLimits = { ...DEFAULT_PDF_LIMITS, ...options.limits };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const queue: Pending[] = [];
  let worker: Worker | null = null;
  let current: Pending | null = null;
  let timer: NodeJS.Timeout | null = null;
  let nextId = 1;
  let closed = false;

  const finish = (result: PdfReadResult) => {
    if (timer) clearTimeout(timer);
    timer = null;
    const job = current;
    current = null;
    job?.resolve(result);
    pump();
  };

  // A worker that timed out or crashed is dropped; the next job gets a fresh one.
  const discard = (code: PdfFailureCode, detail: string) => {
    const dead = worker;
    worker = null;
    if (dead) void dead.terminate();
    finish({ ok: false, code, detail });
  };

  const start = (): Worker => {
    const created = new Worker(BOOTSTRAP, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512 },
      stdout: true,
      stderr: true,
    });
    // pdf.js may print warnings about broken files: they are not the caller's output.
    created.stdout.resume();
    created.stderr.resume();
    created.on('message', (message: PdfJobResult | { ready: true }) => {
      if ('ready' in message || !current || message.id !== current.id) return;
      finish(message.ok ? { ok: true, content: message.content } : message);
    });
    created.on('error', (error) => {
      if (created === worker) discard('PARSER_CRASHED', error.message);
    });
    created.on('exit', (code) => {
      if (created === worker) discard('PARSER_CRASHED', `the PDF worker exited (code ${code})`);
    });
    return created;
  };

  function pump(): void {
    if (current || closed) {
      worker?.unref();
      return;
    }
    const job = queue.shift();
    if (!job) {
      worker?.unref();
      return;
    }
    current = job;
    worker ??= start();
    worker.ref();
    timer = setTimeout(
      () => discard('TIMEOUT', `no answer after ${timeoutMs} ms`),
      timeoutMs,
    );
    worker.postMessage({ id: job.id, bytes: job.bytes, limits });
  }

  return {
    read(bytes) {
      if (closed) {
        return Promise.resolve({ ok: false, code: 'PARSER_CRASHED', detail: 'sandbox closed' });
      }
      return new Promise((resolve) => {
        queue.push({ id: nextId++, bytes, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) {
        job.resolve({ ok: false, code: 'PARSER_CRASHED', detail: 'sandbox closed' });
      }
      const dead = worker;
      worker = null;
      if (timer) clearTimeout(timer);
      current?.resolve({ ok: false, code: 'PARSER_CRASHED', detail: 'sandbox closed' });
      current = null;
      await dead?.terminate();
    },
  };
}
