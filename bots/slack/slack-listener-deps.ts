import type { Conversation } from '../../core/conversation/conversation.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import type { WorkQueue } from '../work-queue.ts';
import type { SlackEndpoints } from './slack-endpoints.ts';

export interface SlackListenerDeps {
  readonly db: Database;
  readonly conversation: Conversation;
  readonly botToken: string;
  readonly endpoints: SlackEndpoints;
  readonly logger: Logger;
  readonly clock: () => Date;
  /** Where the work after each acknowledgement waits its turn. */
  readonly work: WorkQueue;
}
