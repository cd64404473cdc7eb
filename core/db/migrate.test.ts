import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { PROJECT_ROOT } from '../../test/fixtures.ts';
import { silentLogger } from '../logging/logger.ts';
import {
  applyMigrations,
  listMigrations,
  MigrationChangedError,
  MIGRATIONS_DIR,
} from './migrate.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test.drop();
});

describe('migrations', () => {
  it('were generated from the current prisma/schema.prisma (run npm run db:migration otherwise)', () => {
    const last = listMigrations().at(-1);
    expect(last).toBeDefined();
    const recorded = readFileSync(path.join(MIGRATIONS_DIR, last!.name, 'schema.prisma'), 'utf8');
    expect(recorded).toBe(readFileSync(path.join(PROJECT_ROOT, 'prisma/schema.prisma'), 'utf8'));
  });

  it('are applied once: a second start applies nothing', async () => {
    expect(await applyMigrations(test.url, silentLogger)).toEqual([]);
    const client = new pg.Client({ connectionString: test.url });
    await client.connect();
    const recorded = await client.query('SELECT name FROM pointage_meta.migrations ORDER BY name');
    await client.end();
    expect(recorded.rows.map((row: { name: string }) => row.name)).toEqual(
      listMigrations().map((m) => m.name),
    );
  });

  it('refuses to start when an applied migration was edited afterwards', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'pointage-migrations-'));
    cpSync(MIGRATIONS_DIR, copy, { recursive: true });
    const first = listMigrations(copy)[0]!;
    writeFileSync(path.join(copy, first.name, 'migration.sql'), `${first.sql}\n-- edited\n`);
    await expect(applyMigrations(test.url, silentLogger, copy)).rejects.toBeInstanceOf(
      MigrationChangedError,
    );
  });
});
