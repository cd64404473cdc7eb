// Worker-thread entry of the PDF sandbox: reads one job at a time. A hang or a crash here ends
// this thread only; the sandbox answers the caller and starts a fresh worker.
import { parentPort } from 'node:worker_threads';
import { readPdfContent } from './read-pdf-content.ts';
import type { PdfJob, PdfJobResult } from './pdf-worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('pdf-worker.ts runs only as a worker thread');

port.on('message', (job: PdfJob) => {
  void readPdfContent(job.bytes, job.limits).then(
    (result) => {
      const reply: PdfJobResult = result.ok
        ? { id: job.id, ok: true, content: result.content }
        : { id: job.id, ok: false, code: result.code, detail: result.detail };
      port.postMessage(reply);
    },
    (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      port.postMessage({
        id: job.id,
        ok: false,
        code: 'PARSER_CRASHED',
        detail,
      } satisfies PdfJobResult);
    },
  );
});
port.postMessage({ ready: true });
