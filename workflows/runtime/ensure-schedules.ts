import type { Client } from '@temporalio/client';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { createMissingSchedules } from '../client/collection-schedules.ts';

/**
 * At start-up: every freelancer has her monthly collection Schedule, every firm its staff
 * digest. Only missing ones are created, so a day changed or a pause stays as it was. A failure
 * is logged, not thrown: the service runs, and the next start tries again.
 */
export async function ensureSchedules(input: {
  client: Client;
  db: Database;
  taskQueue: string;
  logger: Logger;
}): Promise<number> {
  try {
    const freelancers = await input.db.freelancer.findMany({ select: { id: true, firmId: true } });
    const firms = await input.db.firm.findMany({ select: { id: true } });
    const created = await createMissingSchedules(input.client, {
      taskQueue: input.taskQueue,
      freelancers: freelancers.map((f) => ({ freelancerId: f.id, firmId: f.firmId })),
      firmIds: firms.map((firm) => firm.id),
    });
    input.logger.info('schedules ensured', { created, freelancers: freelancers.length });
    return created;
  } catch (error) {
    input.logger.warn('schedules not ensured', { error: String(error) });
    return 0;
  }
}
