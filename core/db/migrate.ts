import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Logger } from '../logging/logger.ts';

export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../prisma/migrations',
);

const RECORD_TABLE = 'pointage_meta.migrations';

export class MigrationChangedError extends Error {
  readonly code = 'MIGRATION_CHANGED';
  constructor(readonly migration: string) {
    super(
      `Migration ${migration} was already applied but its file has changed since. ` +
        'Never edit an applied migration: add a new one (npm run db:migration -- <name>).',
    );
  }
}

interface MigrationFile {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies the migrations generated from prisma/schema.prisma, each in its own transaction,
 * recording name and checksum. We apply them ourselves because `prisma migrate deploy` through
 * the pg driver adapter fails on PostgreSQL (prisma/orm#27403).
 */
export async function applyMigrations(
  url: string,
  logger: Logger,
  dir = MIGRATIONS_DIR,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Kept out of the public schema so that `prisma migrate diff` never sees it.
    await client.query('CREATE SCHEMA IF NOT EXISTS pointage_meta');
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${RECORD_TABLE} (
         name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const applied = new Map<string, string>(
      (
        await client.query<{ name: string; checksum: string }>(
          `SELECT name, checksum FROM ${RECORD_TABLE}`,
        )
      ).rows.map((row) => [row.name, row.checksum]),
    );
    const newlyApplied: string[] = [];
    for (const migration of listMigrations(dir)) {
      const previous = applied.get(migration.name);
      if (previous !== undefined) {
        if (previous !== migration.checksum) throw new MigrationChangedError(migration.name);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO ${RECORD_TABLE} (name, checksum) VALUES ($1, $2)`, [
          migration.name,
          migration.checksum,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      logger.info('migration applied', { migration: migration.name });
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  } finally {
    await client.end();
  }
}
