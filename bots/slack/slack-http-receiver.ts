import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../../core/logging/logger.ts';
import { parseSlackBody } from './parse-slack-body.ts';
import { verifySlackSignature } from './verify-slack-signature.ts';

const MAX_BODY_BYTES = 1_000_000;
// Slack gives up after 3 s; a handler that has not acknowledged by then has a bug.
const ACK_DEADLINE_MS = 3_000;

export interface SlackHttpReceiverOptions {
  readonly signingSecret: string;
  readonly host: string;
  readonly port: number;
  /** Events, interactivity and slash commands all post here. */
  readonly path?: string;
  /** Seconds since the epoch; tests inject the moment a recorded request was received. */
  readonly nowSeconds?: () => number;
  readonly logger: Logger;
}

/**
 * Slack's HTTP transport for Bolt: verifies the signature over the raw body before anything
 * else (401 otherwise), answers the URL handshake, and hands the payload to the app with an
 * `ack` that writes the HTTP response. Bodies and secrets never reach the log.
 */
export class SlackHttpReceiver implements Receiver {
  private app: App | null = null;
  private server: Server | null = null;
  private readonly path: string;
  private readonly nowSeconds: () => number;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: SlackHttpReceiverOptions) {
    this.path = options.path ?? '/slack/events';
    this.nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  }

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<string> {
    const server = createServer((request, response) => void this.handle(request, response));
    this.server = server;
    await new Promise<void>((resolve) =>
      server.listen(this.options.port, this.options.host, resolve),
    );
    const { port } = server.address() as AddressInfo;
    return `http://${this.options.host}:${port}${this.path}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    await this.idle();
  }

  /** Resolves when every request received so far has been fully handled (after its ack). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** One request: verify, parse, answer the handshake or dispatch to the app. */
  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST' || (request.url ?? '').split('?')[0] !== this.path) {
      response.writeHead(404).end();
      return;
    }
    const raw = await readRawBody(request).catch(() => null);
    if (!raw) {
      response.writeHead(413).end();
      return;
    }
    const header = (name: string) => {
      const value = request.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    const verified = verifySlackSignature({
      signingSecret: this.options.signingSecret,
      rawBody: raw,
      timestamp: header('x-slack-request-timestamp'),
      signature: header('x-slack-signature'),
      nowSeconds: this.nowSeconds(),
    });
    if (!verified.ok) {
      this.options.logger.warn('slack request refused', { reason: verified.error });
      response.writeHead(401).end();
      return;
    }

    const body = parseSlackBody(raw, header('content-type'));
    if (!body) {
      response.writeHead(400).end();
      return;
    }
    if (body.type === 'url_verification' && typeof body.challenge === 'string') {
      respond(response, 200, { challenge: body.challenge });
      return;
    }
    if (body.ssl_check) {
      response.writeHead(200).end();
      return;
    }
    const dispatched = this.dispatch(
      body,
      response,
      header('x-slack-retry-num'),
      header('x-slack-retry-reason'),
    );
    this.inFlight.add(dispatched);
    try {
      await dispatched;
    } finally {
      this.inFlight.delete(dispatched);
    }
  }

  private async dispatch(
    body: Record<string, unknown>,
    response: ServerResponse,
    retryNum: string | undefined,
    retryReason: string | undefined,
  ): Promise<void> {
    let acked = false;
    const deadline = setTimeout(() => {
      if (acked) return;
      acked = true;
      this.options.logger.error('slack request not acknowledged in time', {
        type: String(body.type),
      });
      response.writeHead(500).end();
    }, ACK_DEADLINE_MS);
    const event: ReceiverEvent = {
      body,
      ...(retryNum ? { retryNum: Number(retryNum) } : {}),
      ...(retryReason ? { retryReason } : {}),
      ack: async (answer?: unknown) => {
        if (acked) return;
        acked = true;
        clearTimeout(deadline);
        respond(response, 200, answer);
      },
    };
    try {
      await this.app?.processEvent(event);
    } catch (error) {
      this.options.logger.error('slack event failed', {
        type: String(body.type),
        error: String(error),
      });
      if (!acked) {
        acked = true;
        clearTimeout(deadline);
        response.writeHead(500).end();
      }
    }
  }
}

function respond(response: ServerResponse, status: number, answer: unknown): void {
  if (answer === undefined || answer === '') {
    response.writeHead(status).end();
  } else if (typeof answer === 'string') {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(answer);
  } else {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  }
}

async function readRawBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
