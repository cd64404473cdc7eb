import { getClient } from '@temporalio/activity';
import {
  createMissingReceiptsSource,
  type MissingReceiptsSource,
} from '../../core/collection/missing-receipts-source.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import type { Mailer, Notifier } from '../../core/notifications/notifier.ts';
import { listWorkflowProblems } from '../client/workflow-problems.ts';
import { createCollectionActivities } from './collection-activities.ts';
import { createDigestActivities } from './digest-activities.ts';

export interface CollectionRegistryDeps {
  readonly db: Database;
  readonly logger: Logger;
  /** Chat; when no bot is configured, messages reach no one (and say so in the log). */
  readonly notifier?: Notifier;
  readonly mailer?: Mailer | null;
  readonly missingReceipts?: MissingReceiptsSource;
  readonly clock?: () => Date;
}

/** The monthly collection and staff digest activities, with production defaults. */
export function createCollectionRegistry(deps: CollectionRegistryDeps) {
  const logger = deps.logger.child({ component: 'collection-activities' });
  const notifier = deps.notifier ?? unreachableNotifier(logger);
  const mailer = deps.mailer ?? null;
  return {
    ...createCollectionActivities({
      db: deps.db,
      notifier,
      mailer,
      missingReceipts: deps.missingReceipts ?? createMissingReceiptsSource(deps.db),
      logger,
    }),
    ...createDigestActivities({
      db: deps.db,
      notifier,
      mailer,
      clock: deps.clock ?? (() => new Date()),
      logger,
      // The activity's own client: the worker's connection and namespace.
      workflowProblems: (filter) => listWorkflowProblems(getClient(), filter),
    }),
  };
}

function unreachableNotifier(logger: Logger): Notifier {
  return {
    async notifyFreelancer(freelancerId) {
      logger.warn('no chat configured: message not delivered', { freelancerId });
      return { delivered: [] };
    },
    async notifyFirmStaff(firmId) {
      logger.warn('no chat configured: staff message not delivered', { firmId });
      return { delivered: [] };
    },
  };
}
