import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/database.ts';
import { fixturePath, PROJECT_ROOT } from '../test/fixtures.ts';

const SAMPLE = path.join(PROJECT_ROOT, 'samples/compte-pro-societe-generale_2026-09_2026-11.csv');

interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: string[], env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/pointage.js'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let database: TestDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  env = {
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_TASK_QUEUE: `cli-${Math.random().toString(36).slice(2, 8)}`,
    POINTAGE_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pointage-cli-')),
    POINTAGE_FREELANCER: `cli-${Math.random().toString(36).slice(2, 8)}`,
  };
});
afterAll(async () => {
  await database.drop();
});

describe('pointage CLI', () => {
  it('imports the sample, prints the summary, and reports 0 new the second time', async () => {
    const setup = await runCli(
      ['setup', '--name', 'Inès Garnier', '--own-name', 'INES GARNIER'],
      env,
    );
    expect(setup.code).toBe(0);

    const first = await runCli(['import', SAMPLE], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('45 nouvelle(s), 0 déjà connue(s)');
    expect(first.stdout).toMatch(/Recettes : /);

    const second = await runCli(['import', SAMPLE], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 nouvelle(s), 45 déjà connue(s)');

    const books = await runCli(['books', '--month', '2026-10'], env);
    expect(books.code).toBe(0);
    expect(books.stdout).toContain('Livre-journal — octobre 2026');
    expect(books.stdout).toMatch(/3\u202f120,00\u00a0€/);
  });

  it('exits non-zero naming the file, the line and the problem of a broken statement', async () => {
    const result = await runCli(
      ['import', fixturePath('statements/csv/broken_credit-agricole_mangled-amount.csv')],
      env,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken_credit-agricole_mangled-amount\.csv, line 1[34]/);
    expect(result.stderr).toContain('2�160,00');
  });

  it('refuses an unknown format, an empty file and a missing file with a clear message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pointage-bad-'));
    writeFileSync(path.join(dir, 'vide.csv'), '');
    writeFileSync(path.join(dir, 'notes.txt'), 'bonjour\nceci n est pas un relevé\n');
    const empty = await runCli(['import', path.join(dir, 'vide.csv')], env);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/vide\.csv: the file is empty/);
    const unknown = await runCli(['import', path.join(dir, 'notes.txt')], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/notes\.txt: unknown statement format/);
    const missing = await runCli(['import', path.join(dir, 'absent.ofx')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/absent\.ofx: no such file/);
  });

  it('refuses a month that is not YYYY-MM', async () => {
    const result = await runCli(['books', '--month', '10/2026'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"10/2026" is not a month');
  });
});

describe('pointage CLI with its embedded defaults', () => {
  it('runs on the embedded PGlite database when DATABASE_URL is not set', async () => {
    // Its own freelancer and queue: the connection workflow of the first describe lives on.
    const embeddedEnv = {
      ...env,
      DATABASE_URL: '',
      POINTAGE_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pointage-embedded-')),
      POINTAGE_FREELANCER: `embedded-${Math.random().toString(36).slice(2, 8)}`,
      TEMPORAL_TASK_QUEUE: `cli-embedded-${Math.random().toString(36).slice(2, 8)}`,
    };
    const first = await runCli(['import', SAMPLE], embeddedEnv);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('45 nouvelle(s)');
    const second = await runCli(['import', SAMPLE], embeddedEnv);
    expect(second.stdout).toContain('0 nouvelle(s), 45 déjà connue(s)');
  }, 180_000);
});
