import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

// With the JS schema engine and a driver adapter the CLI needs no engine download: `prisma
// generate` and `prisma migrate diff` run offline. The adapter is never used to apply migrations
// (prisma/orm#27403 breaks that on PostgreSQL); core/db/migrate.ts applies them instead.
const connectionString = process.env.DATABASE_URL ?? 'postgresql://localhost:5432/pointage';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPg({ connectionString }),
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
