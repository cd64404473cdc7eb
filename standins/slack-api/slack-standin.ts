import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the parts of Slack the bot calls, on 127.0.0.1:
 * - the Web API under `/api/` (auth.test, chat.postMessage, chat.update, chat.postEphemeral,
 *   files.info, views.open), form or JSON bodies, `Authorization: Bearer` checked;
 * - `url_private` files under `/files-pri/`: the bytes with the bot token, and without it an
 *   HTML sign-in page with status 200, as Slack does;
 * - `response_url` posts under `/actions/` and `/commands/`.
 * Everything received is recorded for the tests to assert on.
 */
export interface SlackCall {
  readonly kind: 'api' | 'response_url' | 'file';
  readonly method: string;
  readonly body: Record<string, unknown>;
  readonly authorized: boolean;
  /** What the Web API answered. */
  readonly result?: Record<string, unknown>;
}

export interface StandinFile {
  readonly id: string;
  readonly name: string;
  readonly mimetype: string;
  readonly bytes: Uint8Array;
}

export interface SlackStandin {
  /** Base of the stand-in, e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  readonly endpoints: { api: string; files: string; hooks: string };
  readonly calls: SlackCall[];
  addFile(file: StandinFile): void;
  /** Waits until a call matching `test` was received. */
  waitFor(test: (call: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  stop(): Promise<void>;
}

const SIGN_IN_PAGE =
  '<!DOCTYPE html><html><head><title>Slack</title></head><body>Sign in to Slack</body></html>';

export async function startSlackStandin(input: {
  botToken: string;
  teamId: string;
  botUserId: string;
  botId: string;
}): Promise<SlackStandin> {
  const calls: SlackCall[] = [];
  const files = new Map<string, StandinFile>();
  const waiters = new Set<() => void>();
  let ts = 1_794_480_000;

  const record = (call: SlackCall) => {
    calls.push(call);
    for (const wake of [...waiters]) wake();
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => response.writeHead(500).end());
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const authorized = request.headers.authorization === `Bearer ${input.botToken}`;
    const raw = await readBody(request);

    if (path.startsWith('/files-pri/')) {
      const file = [...files.values()].find((candidate) => path.includes(`-${candidate.id}/`));
      record({ kind: 'file', method: path, body: {}, authorized });
      if (!authorized) return send(response, 200, SIGN_IN_PAGE, 'text/html; charset=utf-8');
      if (!file) return send(response, 404, 'not found', 'text/plain');
      response.writeHead(200, {
        'content-type': file.mimetype,
        'content-length': String(file.bytes.byteLength),
      });
      response.end(Buffer.from(file.bytes));
      return;
    }
    if (path.startsWith('/actions/') || path.startsWith('/commands/')) {
      record({
        kind: 'response_url',
        method: path,
        body: parseBody(raw, request.headers['content-type']),
        authorized: true,
      });
      return send(response, 200, 'ok', 'text/plain');
    }
    if (!path.startsWith('/api/')) return send(response, 404, 'not found', 'text/plain');

    const method = path.slice('/api/'.length);
    const body = parseBody(raw, request.headers['content-type']);
    const result = authorized ? answer(method, body) : { ok: false, error: 'invalid_auth' };
    record({ kind: 'api', method, body, authorized, result });
    json(response, result);
  }

  function answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://standin.slack.test/',
          team_id: input.teamId,
          user_id: input.botUserId,
          bot_id: input.botId,
        };
      case 'chat.postMessage':
        ts += 1;
        return {
          ok: true,
          channel: body.channel,
          ts: `${ts}.000100`,
          message: { text: body.text, ts: `${ts}.000100` },
        };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts };
      case 'chat.postEphemeral':
        ts += 1;
        return { ok: true, message_ts: `${ts}.000200` };
      case 'views.open':
        return { ok: true, view: { id: 'V0STANDIN', ...(body.view as object) } };
      case 'files.info': {
        const file = files.get(String(body.file));
        if (!file) return { ok: false, error: 'file_not_found' };
        return { ok: true, file: describeFile(file, input.teamId) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url: base,
    endpoints: { api: `${base}api/`, files: base, hooks: base },
    calls,
    addFile: (file) => files.set(file.id, file),
    waitFor(test, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = calls.find(test);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('the Slack stand-in did not receive the expected call in time'));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A file as `files.info` describes it: its addresses on Slack's file host. */
export function describeFile(file: StandinFile, teamId: string): Record<string, unknown> {
  const slug = file.name.toLowerCase();
  return {
    id: file.id,
    name: file.name,
    mimetype: file.mimetype,
    size: file.bytes.byteLength,
    url_private: `https://files.slack.com/files-pri/${teamId}-${file.id}/${slug}`,
    url_private_download: `https://files.slack.com/files-pri/${teamId}-${file.id}/download/${slug}`,
  };
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.startsWith('application/json'))
    return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends blocks and views as JSON inside the form.
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: string, type: string): void {
  response.writeHead(status, { 'content-type': type }).end(body);
}

function json(response: ServerResponse, body: unknown): void {
  send(response, 200, JSON.stringify(body), 'application/json; charset=utf-8');
}
