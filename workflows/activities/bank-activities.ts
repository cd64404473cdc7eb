import { ApplicationFailure } from '@temporalio/activity';
import type { BankAggregator, PsuType } from '../../core/banking/aggregator.ts';
import { getBankConnection, setConnectionState } from '../../core/banking/bank-connections.ts';
import {
  completeBankLink,
  startBankLink,
  type BankLinkResult,
  type BankLinkStart,
} from '../../core/banking/bank-link.ts';
import {
  DEFAULT_SYNC_SETTINGS,
  syncConnection,
  type SyncOutcome,
  type SyncSettings,
} from '../../core/banking/sync-connection.ts';
import type { ConnectionState } from '../../core/db/generated/enums.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { BANKING_NOT_CONFIGURED } from '../failure-types.ts';
import { asBankActivity } from './bank-failures.ts';

export interface BankActivityDeps {
  readonly db: Database;
  /** Null when the worker has no aggregator credentials: bank steps then fail, named. */
  readonly aggregator: BankAggregator | null;
  readonly clock: () => Date;
  readonly logger: Logger;
  /** Where the bank sends the person back after authenticating. */
  readonly redirectUrl: string;
  readonly syncSettings?: SyncSettings;
}

/** The bank steps of the connection lifecycle, as plain async functions over core/banking. */
export function createBankActivities(deps: BankActivityDeps) {
  const { db, logger } = deps;
  const linkDeps = () => ({
    db,
    aggregator: requireAggregator(deps.aggregator),
    clock: deps.clock,
    logger,
    redirectUrl: deps.redirectUrl,
  });

  return {
    async startBankLink(input: {
      connectionId: string;
      psuType?: PsuType;
    }): Promise<BankLinkStart> {
      return asBankActivity(() => startBankLink(linkDeps(), input));
    },

    async completeBankLink(input: {
      connectionId: string;
      code: string;
      state: string;
    }): Promise<BankLinkResult> {
      return asBankActivity(() => completeBankLink(linkDeps(), input));
    },

    async syncBankConnection(input: { connectionId: string }): Promise<SyncOutcome> {
      return asBankActivity(async () => {
        const outcome = await syncConnection(
          { db, aggregator: requireAggregator(deps.aggregator), clock: deps.clock, logger },
          input.connectionId,
          deps.syncSettings ?? DEFAULT_SYNC_SETTINGS,
        );
        logger.info('bank sync done', { connectionId: input.connectionId, outcome: outcome.kind });
        return outcome;
      });
    },

    async recordConnectionState(input: {
      connectionId: string;
      state: ConnectionState;
      lastError: string | null;
    }): Promise<void> {
      await setConnectionState(db, input.connectionId, input.state, input.lastError);
    },

    /** Disconnection: the consent is ended at the aggregator and the connection kept as REVOKED. */
    async revokeBankConnection(input: { connectionId: string }): Promise<void> {
      await asBankActivity(async () => {
        const connection = await getBankConnection(db, input.connectionId);
        if (connection.sessionId && deps.aggregator) {
          await deps.aggregator.revokeSession(connection.sessionId);
        }
        await setConnectionState(db, input.connectionId, 'REVOKED', null);
        logger.info('bank connection revoked', { connectionId: input.connectionId });
      });
    },
  };
}

export type BankActivities = ReturnType<typeof createBankActivities>;

function requireAggregator(aggregator: BankAggregator | null): BankAggregator {
  if (aggregator) return aggregator;
  throw ApplicationFailure.nonRetryable(
    'Enable Banking is not configured on this worker: set ENABLE_BANKING_APP_ID, ' +
      'ENABLE_BANKING_KEY_FILE (or ENABLE_BANKING_PRIVATE_KEY) and ENABLE_BANKING_REDIRECT_URL',
    BANKING_NOT_CONFIGURED,
  );
}
