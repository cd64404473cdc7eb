import { createHash, randomUUID } from 'node:crypto';
import type { Prisma } from '../db/generated/client.ts';
import type { Database } from '../db/prisma-client.ts';
import { addDays, fromDbDate, toDbDate, type CalendarDate } from '../dates/calendar-date.ts';
import type { ParsedBalance, ParsedTransaction } from '../statements/statement-types.ts';
import { insertTransactions, toTransactionRow } from './insert-transactions.ts';
import type { StoredAccountSummary } from './store-statement.ts';
import {
  findSupersededPending,
  matchSyncedRows,
  SUPERSEDE_WINDOW_DAYS,
  type LedgerRow,
} from './synced-identity.ts';

export interface SyncedAccountInput {
  /** The ledger account (already linked to the aggregator's account). */
  readonly accountId: string;
  readonly transactions: readonly ParsedTransaction[];
  readonly balances: readonly ParsedBalance[];
}

export interface StoreSyncedInput {
  readonly freelancerId: string;
  /** Shown where imports are listed: "Synchronisation Société Générale". */
  readonly sourceLabel: string;
  readonly accounts: readonly SyncedAccountInput[];
  readonly notices?: readonly string[];
}

export interface StoreSyncedResult {
  /** Null when the sync brought nothing new: no empty import is kept. */
  readonly importId: string | null;
  readonly accounts: readonly StoredAccountSummary[];
  readonly notices: readonly string[];
}

/**
 * Stores what one aggregator sync brought, in one database transaction, as one import (so that
 * categorising and the report work as for a file). Identity is layered (synced-identity.ts):
 * a sync that repeats yesterday's rows, with the same ids, new ids or none, adds nothing.
 */
export async function storeSyncedTransactions(
  db: Database,
  input: StoreSyncedInput,
): Promise<StoreSyncedResult> {
  return db.$transaction(
    async (tx) => {
      const importId = randomUUID();
      const notices = [...(input.notices ?? [])];
      await tx.import.create({
        data: {
          id: importId,
          freelancerId: input.freelancerId,
          fileName: input.sourceLabel,
          // Not a file: a digest of the import id keeps "same file twice" checks from matching.
          fileSha256: createHash('sha256').update(`sync:${importId}`).digest('hex'),
          format: 'aggregator:enable-banking',
          newCount: 0,
          knownCount: 0,
          pendingCount: 0,
          notices,
        },
      });
      const accounts: StoredAccountSummary[] = [];
      for (const account of input.accounts) {
        accounts.push(await storeAccountRows(tx, importId, account));
      }
      const newCount = accounts.reduce((sum, account) => sum + account.newCount, 0);
      const pendingCount = accounts.reduce((sum, account) => sum + account.pendingCount, 0);
      if (newCount + pendingCount === 0) {
        await tx.import.delete({ where: { id: importId } });
        return { importId: null, accounts, notices };
      }
      await tx.import.update({
        where: { id: importId },
        data: {
          newCount,
          knownCount: accounts.reduce((sum, account) => sum + account.knownCount, 0),
          pendingCount,
        },
      });
      return { importId, accounts, notices };
    },
    { timeout: 5 * 60_000, maxWait: 60_000 },
  );
}

async function storeAccountRows(
  tx: Prisma.TransactionClient,
  importId: string,
  input: SyncedAccountInput,
): Promise<StoredAccountSummary> {
  const account = await tx.account.findUniqueOrThrow({ where: { id: input.accountId } });
  await upsertBalances(tx, account.id, input.balances);
  const summary = (newCount: number, knownCount: number, pendingCount: number) => ({
    accountId: account.id,
    name: account.name,
    kind: account.kind,
    created: false,
    newCount,
    knownCount,
    pendingCount,
  });
  if (input.transactions.length === 0) return summary(0, 0, 0);

  const ledger = await loadLedgerRows(tx, account.id, input.transactions);
  const match = matchSyncedRows(input.transactions, ledger);
  const created = match.fresh.map((row) => ({ ...row, id: randomUUID() }));
  await insertTransactions(
    tx,
    created.map((row) => toTransactionRow(row, { id: row.id, accountId: account.id, importId })),
  );
  for (const [pendingId, bookedId] of findSupersededPending(
    ledger,
    match.stillPendingIds,
    created,
  )) {
    await tx.transaction.update({ where: { id: pendingId }, data: { supersededById: bookedId } });
  }
  const pendingCount = created.filter((row) => row.status === 'PENDING').length;
  return summary(created.length - pendingCount, match.knownCount, pendingCount);
}

/** The bank's balances of a day replace what was stored for that day and kind. */
export async function upsertBalances(
  tx: Prisma.TransactionClient,
  accountId: string,
  balances: readonly ParsedBalance[],
): Promise<void> {
  for (const balance of balances) {
    const date = toDbDate(balance.date);
    await tx.balance.upsert({
      where: { accountId_kind_date: { accountId, kind: balance.kind, date } },
      create: {
        id: randomUUID(),
        accountId,
        kind: balance.kind,
        date,
        amountCents: BigInt(balance.amountCents),
        currency: balance.currency,
      },
      update: { amountCents: BigInt(balance.amountCents) },
    });
  }
}

async function loadLedgerRows(
  tx: Prisma.TransactionClient,
  accountId: string,
  rows: readonly ParsedTransaction[],
): Promise<LedgerRow[]> {
  const dates = rows.map((row) => row.bookingDate).sort();
  const from = addDays(dates[0] as CalendarDate, -SUPERSEDE_WINDOW_DAYS);
  const to = addDays(dates[dates.length - 1] as CalendarDate, SUPERSEDE_WINDOW_DAYS);
  const known = await tx.transaction.findMany({
    where: { accountId, bookingDate: { gte: toDbDate(from), lte: toDbDate(to) } },
    select: {
      id: true,
      providerId: true,
      fingerprint: true,
      occurrence: true,
      status: true,
      amountCents: true,
      currency: true,
      bookingDate: true,
      supersededById: true,
    },
  });
  return known.map((row) => ({
    ...row,
    amountCents: Number(row.amountCents),
    bookingDate: fromDbDate(row.bookingDate),
  }));
}
