import { createHash } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyMigrations, listMigrations } from '../core/db/migrate.ts';
import { silentLogger } from '../core/logging/logger.ts';
import {
  findTemporalCli,
  startTemporalDevServer,
} from '../workflows/runtime/temporal-dev-server.ts';
import { POINTAGE_SEARCH_ATTRIBUTE_FLAGS } from '../workflows/search-attributes.ts';
import { PROJECT_ROOT } from './fixtures.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
    temporalAddress: string;
  }
}

export const DEFAULT_PG_ADMIN_URL = 'postgresql://postgres:postgres@127.0.0.1:5432/postgres';

/**
 * Real services for the whole run: a PostgreSQL template database with every migration applied
 * (each test file clones it into an empty database of its own), and a Temporal dev server unless
 * TEMPORAL_ADDRESS points at one.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.POINTAGE_TEST_DATABASE_URL ?? DEFAULT_PG_ADMIN_URL;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Tests need PostgreSQL at ${adminUrl.replace(/:[^:@/]*@/, ':***@')} (set POINTAGE_TEST_DATABASE_URL, ` +
        `or run bash .ci/run which installs and starts it): ${String(error)}`,
      { cause: error },
    );
  }
  const checksum = createHash('sha256')
    .update(
      listMigrations()
        .map((migration) => `${migration.name}:${migration.checksum}`)
        .join(','),
    )
    .digest('hex')
    .slice(0, 12);
  const template = `pointage_template_${checksum}`;
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
  if (exists.rowCount === 0) {
    await admin.query(`CREATE DATABASE "${template}"`);
    const templateUrl = new URL(adminUrl);
    templateUrl.pathname = `/${template}`;
    await applyMigrations(templateUrl.toString(), silentLogger);
  }
  await admin.end();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);

  let stopTemporal = async () => undefined as void;
  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    const server = await startTemporalDevServer({
      cli: findTemporalCli(path.join(PROJECT_ROOT, '.pointage'), process.env.TEMPORAL_CLI),
      dbFile: path.join(PROJECT_ROOT, 'test-output', `temporal-${process.pid}.sqlite`),
      logger: silentLogger,
      searchAttributes: POINTAGE_SEARCH_ATTRIBUTE_FLAGS,
    });
    temporalAddress = server.address;
    stopTemporal = () => server.stop();
  }
  project.provide('temporalAddress', temporalAddress);
  return stopTemporal;
}
