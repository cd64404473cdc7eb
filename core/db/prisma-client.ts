import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.ts';

export type Database = PrismaClient;

/**
 * The one place the database client is created. The embedded PGlite server takes a single
 * connection (more drop queries), so its pool is one; PostgreSQL gets a small pool.
 */
export function createDatabase(url: string, options: { maxConnections?: number } = {}): Database {
  const adapter = new PrismaPg({ connectionString: url, max: options.maxConnections ?? 5 });
  return new PrismaClient({ adapter });
}
