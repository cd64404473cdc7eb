import type { BankAggregator } from '../../core/banking/aggregator.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import type { Mailer, Notifier } from '../../core/notifications/notifier.ts';
import { createConnectionActivities } from './connection-activities.ts';

/** The aggregator side of a worker; absent when no Enable Banking credentials are set. */
export interface BankingDeps {
  readonly aggregator: BankAggregator | null;
  /** Where the bank sends the person back (registered in the Enable Banking app). */
  readonly redirectUrl: string;
  /** The Pointage page that starts a renewal, put in reminders. */
  readonly renewUrl: (connectionId: string) => string;
}

export interface ConnectionRegistryDeps {
  readonly db: Database;
  readonly logger: Logger;
  readonly notifier?: Notifier;
  readonly mailer?: Mailer | null;
  readonly clock?: () => Date;
  readonly banking?: BankingDeps;
}

/** The connection lifecycle's activities, with production defaults. */
export function createConnectionRegistry(deps: ConnectionRegistryDeps) {
  const logger = deps.logger.child({ component: 'connection-activities' });
  return createConnectionActivities({
    db: deps.db,
    aggregator: deps.banking?.aggregator ?? null,
    clock: deps.clock ?? (() => new Date()),
    logger,
    redirectUrl: deps.banking?.redirectUrl ?? 'http://127.0.0.1/banking/callback',
    renewUrl:
      deps.banking?.renewUrl ??
      ((connectionId) => `http://127.0.0.1:8080/connexions/${connectionId}/renouveler`),
    notifier: deps.notifier ?? {
      async notifyFreelancer(freelancerId) {
        logger.warn('no chat configured: connection notice not delivered', { freelancerId });
        return { delivered: [] };
      },
      async notifyFirmStaff(firmId) {
        logger.warn('no chat configured: staff notice not delivered', { firmId });
        return { delivered: [] };
      },
    },
    mailer: deps.mailer ?? null,
  });
}
