import { Worker } from 'node:worker_threads';
import { pdfWorkerBootstrap } from './pdf-worker-bootstrap.ts';
import type { PdfContent, PdfFailureCode, PdfJobResult, PdfLimits } from './pdf-worker-protocol.ts';

export type PdfReadResult =
  { ok: true; content: PdfContent } | { ok: false; code: PdfFailureCode; detail: string };

export interface PdfSandboxOptions {
  /** A parse running longer is stopped and its worker replaced. */
  readonly timeoutMs?: number;
  /** A worker not ready after this long (a machine under heavy load) fails the waiting job. */
  readonly startTimeoutMs?: number;
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
const DEFAULT_START_TIMEOUT_MS = 60_000;

interface Pending {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly resolve: (result: PdfReadResult) => void;
}

/**
 * One worker thread reads one PDF at a time. The time limit runs from when the ready worker
 * takes the file; a worker that overruns it, crashes or runs out of heap is dropped and the
 * next file gets a fresh one. The process is never at stake.
 */
export function createPdfSandbox(options: PdfSandboxOptions = {}): PdfSandbox {
  const limits: PdfLimits = { ...DEFAULT_PDF_LIMITS, ...options.limits };
  const queue: Pending[] = [];
  let worker: Worker | null = null;
  let ready = false;
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

  const discard = (code: PdfFailureCode, detail: string) => {
    const dead = worker;
    worker = null;
    ready = false;
    if (dead) void dead.terminate();
    finish({ ok: false, code, detail });
  };

  const start = (): Worker => {
    const created = new Worker(pdfWorkerBootstrap(), {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512 },
      stdout: true,
      stderr: true,
    });
    // pdf.js may print warnings about broken files: they are not the caller's output.
    created.stdout.resume();
    created.stderr.resume();
    created.on('message', (message: PdfJobResult | { ready: true }) => {
      if (created !== worker) return;
      if ('ready' in message) {
        ready = true;
        post();
        return;
      }
      if (current && message.id === current.id)
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

  const post = () => {
    if (!worker || !ready || !current) return;
    if (timer) clearTimeout(timer);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    timer = setTimeout(() => discard('TIMEOUT', `no answer after ${timeoutMs} ms`), timeoutMs);
    worker.postMessage({ id: current.id, bytes: current.bytes, limits });
  };

  function pump(): void {
    if (current || closed) {
      if (!current) worker?.unref();
      return;
    }
    const job = queue.shift();
    if (!job) {
      worker?.unref();
      return;
    }
    current = job;
    if (!worker) {
      worker = start();
      const startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
      timer = setTimeout(
        () => discard('PARSER_CRASHED', `the PDF worker did not start within ${startTimeoutMs} ms`),
        startTimeoutMs,
      );
    }
    worker.ref();
    post();
  }

  const closedResult: PdfReadResult = {
    ok: false,
    code: 'PARSER_CRASHED',
    detail: 'the PDF sandbox is closed',
  };
  return {
    read(bytes) {
      if (closed) return Promise.resolve(closedResult);
      return new Promise((resolve) => {
        queue.push({ id: nextId++, bytes, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const job of queue.splice(0)) job.resolve(closedResult);
      current?.resolve(closedResult);
      current = null;
      const dead = worker;
      worker = null;
      await dead?.terminate();
    },
  };
}

let shared: PdfSandbox | null = null;

/**
 * The process's sandbox, started on first use. Its idle worker does not keep the process
 * alive, so entry points need not close it.
 */
export function sharedPdfSandbox(): PdfSandbox {
  shared ??= createPdfSandbox();
  return shared;
}
