// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL from the previous migration's schema to prisma/schema.prisma, and records that schema
// beside it (schema.prisma) as the starting point of the next one. `migrate diff` against a live
// database is not available with a driver adapter, so the diff is between two datamodels.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listMigrations, MIGRATIONS_DIR } from '../core/db/migrate.ts';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <name in snake_case>');
  process.exit(1);
}
// "wip" is the work-in-progress migration of uncommitted schema changes: it is rewritten from the
// last committed migration each time, then renamed before it is committed.
const existing = existsSync(MIGRATIONS_DIR) ? listMigrations() : [];
if (name === 'wip' && existing.at(-1)?.name.endsWith('_wip')) {
  rmSync(path.join(MIGRATIONS_DIR, existing.pop()!.name), { recursive: true });
}
const previous = existing.at(-1);
const from = previous
  ? ['--from-schema-datamodel', path.join(MIGRATIONS_DIR, previous.name, 'schema.prisma')]
  : ['--from-empty'];
const diff = spawnSync(
  'npx',
  [
    'prisma',
    'migrate',
    'diff',
    ...from,
    '--to-schema-datamodel',
    'prisma/schema.prisma',
    '--script',
  ],
  // The JS schema engine opens a connection even for a datamodel-to-datamodel diff.
  {
    encoding: 'utf8',
    env: {
      ...process.env,
      DATABASE_URL:
        process.env.POINTAGE_TEST_DATABASE_URL ??
        'postgresql://postgres:postgres@127.0.0.1:5432/postgres',
    },
  },
);
if (diff.status !== 0) {
  console.error(diff.stderr);
  process.exit(1);
}
if (!/^(CREATE|ALTER|DROP)/m.test(diff.stdout)) {
  console.log('prisma/schema.prisma matches the last migration: nothing to write.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), diff.stdout);
copyFileSync('prisma/schema.prisma', path.join(dir, 'schema.prisma'));
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
