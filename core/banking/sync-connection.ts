import { addDays, fromDbDate, parisDateOf, toDbDate } from '../dates/calendar-date.ts';
import type { Database } from '../db/prisma-client.ts';
import { storeSyncedTransactions } from '../ledger/store-synced-transactions.ts';
import type { SyncedAccountInput } from '../ledger/store-synced-transactions.ts';
import type { Logger } from '../logging/logger.ts';
import type { BankAggregator } from './aggregator.ts';
import { AggregatorError, RateLimitedError } from './aggregator-errors.ts';
import { nextParisMidnight } from './paris-day.ts';
import { takeSyncPull } from './sync-budget.ts';

/** What a sync ended with; plain data, because it crosses into the workflow. */
export type SyncOutcome =
  | {
      readonly kind: 'SYNCED';
      readonly importId: string | null;
      readonly newCount: number;
      readonly pendingCount: number;
      /** Accounts whose paging stopped early (B11, B12): fetched again next time. */
      readonly partialAccounts: number;
      readonly syncedAccounts: number;
    }
  | { readonly kind: 'NOTHING_TO_SYNC' }
  | { readonly kind: 'BUDGET_SPENT'; readonly retryAt: string }
  | { readonly kind: 'RATE_LIMITED'; readonly retryAt: string }
  | { readonly kind: 'CONSENT_EXPIRED' | 'CONSENT_REVOKED' | 'USER_ACTION_REQUIRED' };

export interface SyncDeps {
  readonly db: Database;
  readonly aggregator: BankAggregator;
  readonly clock: () => Date;
  readonly logger: Logger;
}

export interface SyncSettings {
  /** Re-read this many days before the cursor: late bookings and pending rows turning booked. */
  readonly overlapDays: number;
  /** How far back the first sync of an account reads. */
  readonly initialHistoryDays: number;
  readonly pullsPerDay: number;
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = {
  overlapDays: 10,
  initialHistoryDays: 90,
  pullsPerDay: 4,
};

/**
 * One sync of a connection: each ACTIVE account only (B03), within its daily budget, from its
 * cursor. A rate limit, an ended consent or a bank asking for the person stops the sync and is
 * returned, with what was fetched before it stored; cursors move only for complete fetches.
 * Transient and permanent failures are thrown for the caller's retry policy.
 */
export async function syncConnection(
  deps: SyncDeps,
  connectionId: string,
  settings: SyncSettings = DEFAULT_SYNC_SETTINGS,
): Promise<SyncOutcome> {
  const { db, aggregator, logger } = deps;
  const now = deps.clock();
  const today = parisDateOf(now);
  const connection = await db.connection.findUniqueOrThrow({ where: { id: connectionId } });
  const accounts = await db.account.findMany({
    where: { connectionId, active: true, providerAccountId: { not: null } },
    orderBy: { name: 'asc' },
  });
  if (accounts.length === 0) return { kind: 'NOTHING_TO_SYNC' };

  const fetched: SyncedAccountInput[] = [];
  const complete: string[] = [];
  const skipped: string[] = [];
  let stop: SyncOutcome | null = null;
  let budgetSpent = false;

  for (const account of accounts) {
    if (!(await takeSyncPull(db, { accountId: account.id, now, perDay: settings.pullsPerDay }))) {
      budgetSpent = true;
      continue;
    }
    const cursor = await db.bankAccountSync.findUnique({ where: { accountId: account.id } });
    const dateFrom = cursor?.syncedThrough
      ? addDays(fromDbDate(cursor.syncedThrough), -settings.overlapDays)
      : addDays(today, -settings.initialHistoryDays);
    try {
      const page = await aggregator.fetchTransactions(account.providerAccountId!, { dateFrom });
      const balances = await aggregator.fetchBalances(account.providerAccountId!);
      fetched.push({ accountId: account.id, transactions: page.transactions, balances });
      if (page.complete) complete.push(account.id);
      skipped.push(...page.skipped.map((reason) => `${account.name}: ${reason}`));
      logger.info('account fetched', {
        connectionId,
        accountId: account.id,
        rows: page.transactions.length,
        pages: page.pages,
        stop: page.stop,
      });
    } catch (error) {
      stop = await outcomeOfFailure(deps, account.id, error);
      break;
    }
  }

  const stored = await storeSyncedTransactions(db, {
    freelancerId: connection.freelancerId,
    sourceLabel: `Synchronisation ${connection.label}`,
    accounts: fetched,
    notices: skipped,
  });
  for (const account of fetched) {
    const isComplete = complete.includes(account.accountId);
    await db.bankAccountSync.upsert({
      where: { accountId: account.accountId },
      create: {
        accountId: account.accountId,
        syncedThrough: isComplete ? toDbDate(today) : null,
        lastSyncAt: now,
        lastOutcome: isComplete ? 'COMPLETE' : 'PARTIAL',
      },
      update: {
        // A partial fetch leaves the cursor where it was (B12: no false "synced all").
        ...(isComplete ? { syncedThrough: toDbDate(today) } : {}),
        lastSyncAt: now,
        lastOutcome: isComplete ? 'COMPLETE' : 'PARTIAL',
        retryAt: null,
      },
    });
  }
  if (fetched.length > 0) {
    await db.connection.update({
      where: { id: connectionId },
      data: { lastSyncAt: now, lastError: null },
    });
  }

  if (stop) return stop;
  if (fetched.length === 0 && budgetSpent) {
    return { kind: 'BUDGET_SPENT', retryAt: nextParisMidnight(now).toISOString() };
  }
  return {
    kind: 'SYNCED',
    importId: stored.importId,
    newCount: stored.accounts.reduce((sum, account) => sum + account.newCount, 0),
    pendingCount: stored.accounts.reduce((sum, account) => sum + account.pendingCount, 0),
    partialAccounts: fetched.length - complete.length,
    syncedAccounts: fetched.length,
  };
}

async function outcomeOfFailure(
  deps: SyncDeps,
  accountId: string,
  error: unknown,
): Promise<SyncOutcome> {
  if (!(error instanceof AggregatorError)) throw error;
  switch (error.kind) {
    case 'RATE_LIMITED': {
      // The cursor stays put: the same window is asked again at the announced time (B02).
      const retryAt =
        error instanceof RateLimitedError ? error.retryAt : nextParisMidnight(deps.clock());
      await deps.db.bankAccountSync.upsert({
        where: { accountId },
        create: { accountId, lastOutcome: 'RATE_LIMITED', retryAt },
        update: { lastOutcome: 'RATE_LIMITED', retryAt },
      });
      return { kind: 'RATE_LIMITED', retryAt: retryAt.toISOString() };
    }
    case 'CONSENT_EXPIRED':
    case 'CONSENT_REVOKED':
    case 'USER_ACTION_REQUIRED':
      return { kind: error.kind };
    case 'TRANSIENT':
    case 'PERMANENT':
      throw error;
  }
}
