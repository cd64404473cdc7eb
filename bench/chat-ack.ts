import { createHmac } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSlackFront } from '../bots/slack/create-slack-front.ts';
import { unavailableBanking } from '../bots/start-chat-fronts.ts';
import { createTelegramFront } from '../bots/telegram/create-telegram-front.ts';
import { createInvitation } from '../core/conversation/chat-identities.ts';
import type { ChatTurn } from '../core/conversation/chat-types.ts';
import { createConversation } from '../core/conversation/conversation.ts';
import { createReceiptsPort } from '../core/conversation/receipts-adapter.ts';
import { createFolderFileStore } from '../core/files/file-store.ts';
import { createLogger, silentLogger } from '../core/logging/logger.ts';
import { importSampleBooks } from '../core/receipts/test-support/sample-books.ts';
import { startSlackStandin } from '../standins/slack-api/slack-standin.ts';
import { startTelegramStandin } from '../standins/telegram-api/telegram-standin.ts';
import { FIXTURES_DIR } from '../test/fixtures.ts';
import { createBenchDatabase } from './bench-database.ts';

export interface AckLatency {
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

export interface ChatAckResult {
  readonly slack: AckLatency;
  readonly telegram: AckLatency;
  /** Clicks whose work was done after the acknowledgement (all of them, or the bench failed). */
  readonly applied: number;
}

const CONCURRENCY = 50;
const SECRET = 'bench-signing-secret';
const TELEGRAM_TOKEN = '7946051283:AAbench-token';
const WEBHOOK_SECRET = 'bench-webhook-secret';

/**
 * How fast the bots acknowledge under load: 50 Slack button clicks (signed HTTP interactivity
 * requests) and 50 Telegram callback updates (webhook), all sent at once, each confirming a
 * different categorisation question. The latency is until the HTTP answer (Slack's 3-second
 * budget), the work itself running after it.
 */
export async function benchChatAck(concurrency = CONCURRENCY): Promise<ChatAckResult> {
  const bench = await createBenchDatabase('chat_ack');
  const filesDir = mkdtempSync(path.join(tmpdir(), 'pointage-bench-chat-'));
  const slackApi = await startSlackStandin({
    botToken: 'xoxb-bench',
    teamId: 'T0BENCH',
    botUserId: 'U0BOT',
    botId: 'B0BOT',
  });
  const telegramApi = await startTelegramStandin({ token: TELEGRAM_TOKEN });
  const stops: Array<() => Promise<void>> = [() => slackApi.stop(), () => telegramApi.stop()];
  try {
    const { db } = bench;
    const freelancerId = 'bench-freelancer';
    await importSampleBooks(db, FIXTURES_DIR, freelancerId);
    const rows = await db.transaction.findMany({
      where: { account: { freelancerId } },
      orderBy: { bookingDate: 'asc' },
      take: 2 * concurrency,
      select: { id: true },
    });
    await db.transaction.updateMany({
      where: { id: { in: rows.map((row) => row.id) } },
      data: { toConfirm: true, categoryCode: 'L27_FOURNITURES_TELECOM', confidence: 60 },
    });
    const now = new Date();
    const conversation = createConversation({
      db,
      receipts: createReceiptsPort({
        db,
        files: createFolderFileStore(filesDir),
        logger: silentLogger,
      }),
      banking: unavailableBanking(db),
      clock: () => new Date(),
      logger: process.env.BENCH_DEBUG ? createLogger('warn') : silentLogger,
      questionsPerBatch: concurrency,
    });

    const slack = createSlackFront({
      botToken: 'xoxb-bench',
      db,
      conversation,
      logger: silentLogger,
      clock: () => new Date(),
      http: { signingSecret: SECRET, host: '127.0.0.1', port: 0 },
      endpoints: slackApi.endpoints,
      retries: 0,
    });
    const telegram = createTelegramFront({
      token: TELEGRAM_TOKEN,
      db,
      conversation,
      logger: silentLogger,
      apiRoot: telegramApi.apiRoot,
      webhook: {
        publicUrl: 'https://bench.invalid/tg',
        secret: WEBHOOK_SECRET,
        host: '127.0.0.1',
        port: 0,
      },
    });
    await slack.start();
    stops.unshift(() => slack.stop());
    await telegram.start();
    stops.unshift(() => telegram.stop());

    // Both people linked, each asked `concurrency` questions.
    const slackTurn: ChatTurn = {
      speaker: { channel: 'slack', externalId: 'T0BENCH:U0MAELLE' },
      chatId: 'D0BENCH',
      isPrivate: true,
      canOpenForms: true,
    };
    const telegramTurn: ChatTurn = {
      speaker: { channel: 'telegram', externalId: '6581234907' },
      chatId: '6581234907',
      isPrivate: true,
      canOpenForms: false,
    };
    for (const [turn, code] of [
      [slackTurn, 'INV-BNCH-SLCK'],
      [telegramTurn, 'INV-BNCH-TLGM'],
    ] as const) {
      await createInvitation(db, { role: 'FREELANCER', freelancerId, now, code });
      await conversation.onText(turn, `/start ${code}`);
    }
    const slackQuestions = (await conversation.onText(slackTurn, 'categories')).messages;
    const telegramQuestions = (await conversation.onText(telegramTurn, 'categories')).messages;

    const slackClick = (index: number, questionId: string, ref: string): LoadRequest => {
      const payload = {
        type: 'block_actions',
        user: { id: 'U0MAELLE', team_id: 'T0BENCH' },
        team: { id: 'T0BENCH' },
        container: { type: 'message', message_ts: `1794473000.${index}`, channel_id: 'D0BENCH' },
        trigger_id: `trigger-${index}`,
        response_url: `https://hooks.slack.com/actions/T0BENCH/${index}/bench`,
        actions: [
          {
            action_id: 'tx_confirm',
            block_id: `tx:${ref}`,
            type: 'button',
            value: JSON.stringify({ q: questionId, tx: ref, cat: 'fournitures' }),
          },
        ],
      };
      return signed(slack.eventsUrl()!, `payload=${encodeURIComponent(JSON.stringify(payload))}`);
    };
    const telegramClick = (index: number, ref: string): LoadRequest => ({
      url: telegram.webhookUrl()!,
      headers: {
        'content-type': 'application/json',
        'x-telegram-bot-api-secret-token': WEBHOOK_SECRET,
      },
      body: JSON.stringify({
        update_id: 800_000_000 + index,
        callback_query: {
          id: `cb-${index}`,
          from: { id: 6581234907, is_bot: false, first_name: 'Maëlle' },
          message: {
            message_id: 1000 + index,
            chat: { id: 6581234907, type: 'private' },
            date: 1794473350,
          },
          chat_instance: '1',
          data: `c:${ref}:fou`,
        },
      }),
    });

    // A running server has loaded its modules: a few clicks on unknown questions warm it up.
    await sendAtOnce(
      [0, 1, 2].flatMap((index) => [
        slackClick(900 + index, 'q_UNKNOWN', 'unknown'),
        telegramClick(900 + index, 'unknown'),
      ]),
    );
    await Promise.all([slack.idle(), telegram.idle()]);

    const slackLatencies = await sendAtOnce(
      slackQuestions.map((question, index) =>
        slackClick(index, question.questionId!, question.choices!.ref),
      ),
    );
    // One platform at a time: the Slack clicks' work ends before the Telegram updates arrive.
    await slack.idle();
    const telegramLatencies = await sendAtOnce(
      telegramQuestions.map((question, index) => telegramClick(index, question.choices!.ref)),
    );
    await telegram.idle();
    const applied = await db.chatQuestion.count({
      where: { kind: 'category', answerKey: { not: null } },
    });
    return { slack: summarise(slackLatencies), telegram: summarise(telegramLatencies), applied };
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
    await bench.drop();
    rmSync(filesDir, { recursive: true, force: true });
  }
}

interface LoadRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

function signed(url: string, body: string): LoadRequest {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const hmac = createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`);
  const signature = `v0=${hmac.digest('hex')}`;
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': timestamp,
    'x-slack-signature': signature,
  };
  return { url, headers, body };
}

// The load comes from another thread, as Slack's and Telegram's requests come from elsewhere:
// sending fifty requests costs CPU that must not be counted as the bot's.
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
Promise.all(workerData.map(async (request) => {
  const started = performance.now();
  const { url, headers, body } = request;
  const response = await fetch(url, { method: 'POST', headers, body });
  const elapsed = performance.now() - started;
  await response.arrayBuffer();
  return response.status === 200 ? elapsed : -response.status;
})).then((latencies) => parentPort.postMessage(latencies));
`;

async function sendAtOnce(requests: readonly LoadRequest[]): Promise<number[]> {
  const worker = new Worker(LOAD_WORKER, { eval: true, workerData: requests });
  const latencies = await new Promise<number[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const refused = latencies.find((latency) => latency < 0);
  if (refused !== undefined) throw new Error(`an acknowledgement answered ${-refused}`);
  return latencies;
}

function summarise(latencies: readonly number[]): AckLatency {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (quantile: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? 0;
  return {
    requests: sorted.length,
    p50Ms: round(at(0.5)),
    p99Ms: round(at(0.99)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
