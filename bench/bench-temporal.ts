import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { silentLogger } from '../core/logging/logger.ts';
import {
  findTemporalCli,
  startTemporalDevServer,
} from '../workflows/runtime/temporal-dev-server.ts';
import { installTemporalLogging } from '../workflows/runtime/temporal-logging.ts';
import { POINTAGE_SEARCH_ATTRIBUTE_FLAGS } from '../workflows/search-attributes.ts';

export interface BenchTemporal {
  readonly address: string;
  readonly client: Client;
  stop(): Promise<void>;
}

/** TEMPORAL_ADDRESS, or a local dev server of the bench's own (SQLite file in a temp folder). */
export async function startBenchTemporal(): Promise<BenchTemporal> {
  installTemporalLogging(silentLogger, 'error');
  let address = process.env.TEMPORAL_ADDRESS;
  let stopServer = async () => undefined as void;
  if (!address) {
    const folder = mkdtempSync(path.join(tmpdir(), 'pointage-bench-temporal-'));
    const server = await startTemporalDevServer({
      cli: findTemporalCli(path.resolve('.pointage'), process.env.TEMPORAL_CLI),
      dbFile: path.join(folder, 'temporal.sqlite'),
      logger: silentLogger,
      searchAttributes: POINTAGE_SEARCH_ATTRIBUTE_FLAGS,
    });
    address = server.address;
    stopServer = async () => {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    };
  }
  const connection = await Connection.connect({ address });
  return {
    address,
    client: new Client({ connection }),
    async stop() {
      await connection.close();
      await stopServer();
    },
  };
}

/** Runs `task` over `items`, `concurrency` at a time. */
export async function inBatches<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await task(items[next++]!);
  });
  await Promise.all(lanes);
}

export const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** Resident memory in MiB, after a collection when the process allows one (`--expose-gc`). */
export function residentMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss / 2 ** 20;
}

export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`bench timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
