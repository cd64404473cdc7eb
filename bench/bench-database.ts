import pg from 'pg';
import { applyMigrations } from '../core/db/migrate.ts';
import { createDatabase, type Database } from '../core/db/prisma-client.ts';
import { silentLogger } from '../core/logging/logger.ts';

export const BENCH_ADMIN_URL =
  process.env.POINTAGE_TEST_DATABASE_URL ??
  'postgresql://postgres:postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  readonly db: Database;
  readonly url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated PostgreSQL database for one measurement. */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const name = `pointage_bench_${label}_${process.pid}`;
  const admin = new pg.Client({ connectionString: BENCH_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(BENCH_ADMIN_URL);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString(), silentLogger);
  const db = createDatabase(url.toString());
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.$disconnect();
      const cleanup = new pg.Client({ connectionString: BENCH_ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
