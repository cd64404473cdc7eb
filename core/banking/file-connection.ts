import type { Database } from '../db/prisma-client.ts';

/** Statement files of a freelancer arrive through one "file" connection. */
export const fileConnectionId = (freelancerId: string) => `file-${freelancerId}`;

export async function ensureFileConnection(db: Database, freelancerId: string): Promise<string> {
  const id = fileConnectionId(freelancerId);
  await db.connection.upsert({
    where: { id },
    create: { id, freelancerId, provider: 'FILE', state: 'ACTIVE', label: 'Relevés importés' },
    update: {},
  });
  return id;
}
