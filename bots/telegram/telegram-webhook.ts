import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { Logger } from '../../core/logging/logger.ts';

const MAX_BODY_BYTES = 1_000_000;
const updateEnvelope = z.object({ update_id: z.number().int() }).passthrough();

export interface TelegramWebhookServer {
  readonly url: string;
  /** Resolves when every update received so far has been handled. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Receives webhook updates: checks `X-Telegram-Bot-Api-Secret-Token` in constant time, answers
 * 200 at once, then handles the update. Telegram would otherwise wait, and resend on a timeout.
 */
export async function startTelegramWebhook(input: {
  host: string;
  port: number;
  path: string;
  secret: string;
  handle: (update: z.infer<typeof updateEnvelope>) => Promise<void>;
  logger: Logger;
}): Promise<TelegramWebhookServer> {
  const inFlight = new Set<Promise<void>>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'POST' || request.url !== input.path) {
        response.writeHead(404).end();
        return;
      }
      if (!sameSecret(request.headers['x-telegram-bot-api-secret-token'], input.secret)) {
        response.writeHead(401).end();
        return;
      }
      const body = await readBody(request).catch(() => null);
      const update = body === null ? null : updateEnvelope.safeParse(safeJson(body));
      if (!update?.success) {
        response.writeHead(400).end();
        return;
      }
      response.writeHead(200).end();
      const handling = input
        .handle(update.data)
        .catch((error: unknown) =>
          input.logger.error('telegram update failed', {
            updateId: update.data.update_id,
            error: String(error),
          }),
        )
        .finally(() => inFlight.delete(handling));
      inFlight.add(handling);
    })();
  });
  await new Promise<void>((resolve) => server.listen(input.port, input.host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${input.host}:${address.port}${input.path}`,
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...inFlight]);
    },
  };
}

function sameSecret(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string') return false;
  // Hashing first gives equal lengths, so the comparison time says nothing about the secret.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(header), digest(secret));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
