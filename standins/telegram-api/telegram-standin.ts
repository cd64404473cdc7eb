import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Telegram Bot API on 127.0.0.1: `/bot<token>/<method>` (getMe,
 * getUpdates with offset and long polling, deleteWebhook, setWebhook, sendMessage,
 * editMessageText, answerCallbackQuery, getFile) and `/file/bot<token>/<path>` downloads.
 * Like the real one, getFile refuses files over 20 MB. Every call is recorded.
 */
export interface TelegramCall {
  readonly method: string;
  readonly params: Record<string, unknown>;
  /** What the stand-in answered (`result`, or the error description). */
  readonly result: unknown;
}

export interface StandinTelegramFile {
  readonly fileId: string;
  readonly uniqueId: string;
  /** The bytes served; absent for a file only announced (too big to fetch). */
  readonly bytes?: Uint8Array;
  readonly size: number;
}

export interface TelegramStandin {
  readonly apiRoot: string;
  readonly calls: TelegramCall[];
  queueUpdates(updates: readonly unknown[]): void;
  /** Resolves once the bot asked for updates from `offset` on: everything before is handled. */
  waitForOffset(offset: number, timeoutMs?: number): Promise<void>;
  /** The offset of the bot's latest getUpdates. */
  readonly lastOffset: number;
  addFile(file: StandinTelegramFile): void;
  waitFor(test: (call: TelegramCall) => boolean, timeoutMs?: number): Promise<TelegramCall>;
  stop(): Promise<void>;
}

const BOT = {
  id: 7946051283,
  is_bot: true,
  first_name: 'Pointage',
  username: 'pointage_compta_bot',
};
const MAX_DOWNLOAD = 20 * 1000 * 1000;
// Long polls are held at most this long here (Telegram holds them up to `timeout` seconds).
const MAX_HOLD_MS = 500;

export async function startTelegramStandin(input: { token: string }): Promise<TelegramStandin> {
  const calls: TelegramCall[] = [];
  const updates: Array<{ update_id: number }> = [];
  const files = new Map<string, StandinTelegramFile>();
  const waiters = new Set<() => void>();
  const nextMessageId = new Map<string, number>();
  let stopped = false;
  let lastOffset = 0;

  const wake = () => {
    for (const waiter of [...waiters]) waiter();
  };
  const record = (call: TelegramCall) => {
    calls.push(call);
    wake();
  };

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => response.writeHead(500).end());
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
    if (download) {
      const file = [...files.values()].find(
        (candidate) => `files/${candidate.uniqueId}` === download[2],
      );
      if (download[1] !== input.token || !file?.bytes)
        return reply(response, 404, { ok: false, error_code: 404, description: 'Not Found' });
      response
        .writeHead(200, { 'content-type': 'application/octet-stream' })
        .end(Buffer.from(file.bytes));
      return;
    }
    const call = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(path);
    if (!call || call[1] !== input.token)
      return reply(response, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = call[2]!;
    const params = await readParams(request);
    const result = await answer(method, params, request);
    if (method !== 'getUpdates')
      record({ method, params, result: result.ok ? result.result : result.description });
    reply(response, result.ok ? 200 : result.error_code, result);
  }

  type Answer =
    { ok: true; result: unknown } | { ok: false; error_code: number; description: string };

  async function answer(
    method: string,
    params: Record<string, unknown>,
    request: IncomingMessage,
  ): Promise<Answer> {
    switch (method) {
      case 'getMe':
        return { ok: true, result: BOT };
      case 'deleteWebhook':
      case 'setWebhook':
      case 'answerCallbackQuery':
        return { ok: true, result: true };
      case 'getUpdates':
        return { ok: true, result: await poll(Number(params.offset ?? 0), request) };
      case 'sendMessage': {
        const chatId = String(params.chat_id);
        const messageId = (nextMessageId.get(chatId) ?? 1000) + 1;
        nextMessageId.set(chatId, messageId);
        const chat = { id: Number(chatId), type: Number(chatId) > 0 ? 'private' : 'supergroup' };
        return {
          ok: true,
          result: { message_id: messageId, from: BOT, chat, date: 1794473000, text: params.text },
        };
      }
      case 'editMessageText':
        return {
          ok: true,
          result: {
            message_id: params.message_id,
            chat: { id: params.chat_id },
            date: 1794473000,
            text: params.text,
          },
        };
      case 'getFile': {
        const file = files.get(String(params.file_id));
        if (!file)
          return { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' };
        if (file.size > MAX_DOWNLOAD)
          return { ok: false, error_code: 400, description: 'Bad Request: file is too big' };
        return {
          ok: true,
          result: {
            file_id: file.fileId,
            file_unique_id: file.uniqueId,
            file_size: file.size,
            file_path: `files/${file.uniqueId}`,
          },
        };
      }
      default:
        return { ok: false, error_code: 404, description: 'Not Found: method not found' };
    }
  }

  /** getUpdates: confirms what is below `offset`, then waits a little for something new. */
  async function poll(offset: number, request: IncomingMessage): Promise<unknown[]> {
    lastOffset = Math.max(lastOffset, offset);
    wake();
    while (updates.length > 0 && updates[0]!.update_id < offset) updates.shift();
    if (updates.length === 0 && !stopped) {
      await new Promise<void>((resolve) => {
        const done = () => {
          waiters.delete(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, MAX_HOLD_MS);
        waiters.add(done);
        request.once('close', done);
      });
    }
    return updates.filter((update) => update.update_id >= offset);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiRoot,
    calls,
    queueUpdates(list) {
      updates.push(...(list as Array<{ update_id: number }>));
      wake();
    },
    get lastOffset() {
      return lastOffset;
    },
    waitForOffset(offset, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (lastOffset < offset) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `the bot did not ask for updates from ${offset} in time (last offset ${lastOffset})`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    addFile: (file) => files.set(file.fileId, file),
    waitFor(test, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = calls.find(test);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('the Telegram stand-in did not receive the expected call in time'));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async stop() {
      stopped = true;
      wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readParams(request: IncomingMessage): Promise<Record<string, unknown>> {
  const query = Object.fromEntries(new URL(request.url ?? '/', 'http://standin').searchParams);
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return query;
  if ((request.headers['content-type'] ?? '').startsWith('application/json')) {
    return { ...query, ...(JSON.parse(raw) as Record<string, unknown>) };
  }
  return { ...query, ...Object.fromEntries(new URLSearchParams(raw)) };
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
