import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../core/logging/logger.ts';
import { parseCookies } from './cookies.ts';
import {
  textResponse,
  type DashboardRequest,
  type DashboardResponse,
} from './dashboard-request.ts';

// Dashboard forms are a few fields; anything bigger is not ours.
const MAX_FORM_BYTES = 64 * 1024;

class BodyTooLargeError extends Error {
  readonly code = 'BODY_TOO_LARGE';
}

/** node:http in front of the transport-free app: builds the request, writes the response. */
export function nodeRequestListener(
  handle: (request: DashboardRequest) => Promise<DashboardResponse>,
  logger: Logger,
): (incoming: IncomingMessage, outgoing: ServerResponse) => void {
  return (incoming, outgoing) => {
    toDashboardRequest(incoming)
      .then(handle, (error: unknown) =>
        error instanceof BodyTooLargeError
          ? textResponse(413, 'Formulaire trop volumineux.')
          : Promise.reject(error),
      )
      .then(
        (response) => write(outgoing, response, incoming.method === 'HEAD'),
        (error: unknown) => {
          logger.error('dashboard transport failed', {
            error: error instanceof Error ? error.message : String(error),
          });
          if (!outgoing.headersSent) write(outgoing, textResponse(500, 'Erreur interne.'), false);
          else outgoing.destroy();
        },
      );
  };
}

async function toDashboardRequest(incoming: IncomingMessage): Promise<DashboardRequest> {
  const url = new URL(incoming.url ?? '/', 'http://dashboard.invalid');
  const method = incoming.method ?? 'GET';
  const isForm = (incoming.headers['content-type'] ?? '').startsWith(
    'application/x-www-form-urlencoded',
  );
  const body = method === 'POST' ? await readBody(incoming) : '';
  return {
    method,
    path: url.pathname,
    query: url.searchParams,
    form: new URLSearchParams(isForm ? body : ''),
    cookies: parseCookies(incoming.headers.cookie),
    ip: incoming.socket.remoteAddress ?? 'unknown',
  };
}

async function readBody(incoming: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_FORM_BYTES) {
      incoming.resume();
      throw new BodyTooLargeError('form body over the limit');
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function write(outgoing: ServerResponse, response: DashboardResponse, headOnly: boolean): void {
  outgoing.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers)) outgoing.setHeader(name, value);
  outgoing.end(headOnly ? undefined : response.body);
}
