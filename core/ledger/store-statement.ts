import type { Database } from '../db/prisma-client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { addDays, toDbDate, type CalendarDate } from '../dates/calendar-date.ts';
import type { ParsedAccount, ParsedStatement } from '../statements/statement-types.ts';
import { resolveAccount } from './resolve-accounts.ts';
import {
  insertTransactions,
  toTransactionRow,
  type TransactionRow,
} from './insert-transactions.ts';
import { withOccurrences } from './transaction-identity.ts';

export interface StoredAccountSummary {
  readonly accountId: string;
  readonly name: string;
  readonly kind: string;
  readonly created: boolean;
  readonly newCount: number;
  readonly knownCount: number;
  readonly pendingCount: number;
}

export interface StoreResult {
  readonly importId: string;
  readonly accounts: readonly StoredAccountSummary[];
  readonly notices: readonly string[];
}

export interface StoreInput {
  /** Given by the caller so that a retried store returns the first one's result. */
  readonly importId?: string;
  readonly freelancerId: string;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly statement: ParsedStatement;
  readonly accountName?: string;
}

// A pending row and the booked row that replaces it are at most this far apart.
const SUPERSEDE_WINDOW_DAYS = 5;

/**
 * Stores a parsed statement in one database transaction: accounts, balances and only the rows
 * not already known. Either everything lands or nothing does.
 */
export async function storeStatement(db: Database, input: StoreInput): Promise<StoreResult> {
  if (input.importId) {
    const done = await summariseStoredImport(db, input.importId);
    if (done) return done;
  }
  return db.$transaction(
    async (tx) => {
      const importId = input.importId ?? crypto.randomUUID();
      const notices = input.statement.notices.map((notice) =>
        notice.line ? `line ${notice.line}: ${notice.message}` : notice.message,
      );
      await tx.import.create({
        data: {
          id: importId,
          freelancerId: input.freelancerId,
          fileName: input.fileName,
          fileSha256: input.fileSha256,
          format: `${input.statement.format}:${input.statement.variant}`,
          newCount: 0,
          knownCount: 0,
          pendingCount: 0,
          notices,
        },
      });

      const accounts: StoredAccountSummary[] = [];
      const named = accountsNamedBy(input);
      if (input.accountName && named.size === 0) {
        notices.push(
          `--account "${input.accountName}" ignored: the file gives every account its number`,
        );
      }
      for (const parsed of input.statement.accounts) {
        const accountName = named.has(parsed) ? input.accountName : undefined;
        if (!parsed.ref && !parsed.iban && !accountName && parsed.transactions.length === 0) {
          notices.push('an account without number and without transactions was skipped');
          continue;
        }
        accounts.push(await storeAccount(tx, { ...input, accountName }, importId, parsed));
      }

      await tx.import.update({
        where: { id: importId },
        data: {
          newCount: accounts.reduce((sum, account) => sum + account.newCount, 0),
          knownCount: accounts.reduce((sum, account) => sum + account.knownCount, 0),
          pendingCount: accounts.reduce((sum, account) => sum + account.pendingCount, 0),
          notices,
        },
      });
      return { importId, accounts, notices };
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
}

export class AmbiguousAccountNameError extends Error {
  readonly code = 'AMBIGUOUS_ACCOUNT_NAME';
  constructor(readonly fileName: string) {
    super(
      `${fileName}: the file holds several accounts without a number; --account can name only one. ` +
        'Import one account per file.',
    );
  }
}

/**
 * Which of the file's accounts the user's --account names: the only account of a one-account
 * file, else the one account the file gives no number for. Never several: that would merge them.
 */
function accountsNamedBy(input: StoreInput): Set<ParsedAccount> {
  const all = input.statement.accounts;
  if (!input.accountName) return new Set();
  if (all.length === 1) return new Set(all);
  const unnumbered = all.filter((account) => !account.ref && !account.iban);
  if (unnumbered.length > 1) throw new AmbiguousAccountNameError(input.fileName);
  return new Set(unnumbered);
}

async function storeAccount(
  tx: Prisma.TransactionClient,
  input: Omit<StoreInput, 'accountName'> & { accountName: string | undefined },
  importId: string,
  parsed: ParsedAccount,
): Promise<StoredAccountSummary> {
  const account = await resolveAccount(tx, {
    freelancerId: input.freelancerId,
    fileName: input.fileName,
    parsed,
    ...(input.accountName ? { accountName: input.accountName } : {}),
  });

  for (const balance of parsed.balances) {
    await tx.balance.upsert({
      where: {
        accountId_kind_date: {
          accountId: account.id,
          kind: balance.kind,
          date: toDbDate(balance.date),
        },
      },
      create: {
        id: crypto.randomUUID(),
        accountId: account.id,
        kind: balance.kind,
        date: toDbDate(balance.date),
        amountCents: BigInt(balance.amountCents),
        currency: balance.currency,
      },
      update: { amountCents: BigInt(balance.amountCents) },
    });
  }

  const rows = withOccurrences(parsed.transactions);
  if (rows.length === 0) {
    return summary(account, 0, 0, 0);
  }
  const dates = rows.map((row) => row.bookingDate).sort();
  const from = addDays(dates[0] as CalendarDate, -SUPERSEDE_WINDOW_DAYS);
  const to = addDays(dates[dates.length - 1] as CalendarDate, SUPERSEDE_WINDOW_DAYS);
  const existing = await tx.transaction.findMany({
    where: { accountId: account.id, bookingDate: { gte: toDbDate(from), lte: toDbDate(to) } },
    select: {
      id: true,
      fingerprint: true,
      occurrence: true,
      status: true,
      amountCents: true,
      bookingDate: true,
      supersededById: true,
    },
  });
  const known = new Set(existing.map((row) => `${row.fingerprint}#${row.occurrence}`));
  const fresh = rows.filter((row) => !known.has(`${row.fingerprint}#${row.occurrence}`));

  const created: TransactionRow[] = fresh.map((row) =>
    toTransactionRow(row, { id: crypto.randomUUID(), accountId: account.id, importId }),
  );
  await insertTransactions(tx, created);

  await supersedePending(tx, existing, created);
  const pendingCount = fresh.filter((row) => row.status === 'PENDING').length;
  return summary(account, fresh.length - pendingCount, rows.length - fresh.length, pendingCount);
}

type ExistingRow = {
  id: string;
  status: string;
  amountCents: bigint;
  bookingDate: Date;
  supersededById: string | null;
};

/** A booked row replaces the pending row of the same amount a few days around it (B04). */
async function supersedePending(
  tx: Prisma.TransactionClient,
  existing: readonly ExistingRow[],
  createdRows: readonly TransactionRow[],
): Promise<void> {
  const created = createdRows.map((row) => ({
    id: row.id,
    status: row.status,
    amountCents: BigInt(row.amountCents),
    bookingDate: toDbDate(row.bookingDate as CalendarDate),
  }));
  const pending = [...existing, ...created].filter(
    (row) => row.status === 'PENDING' && !('supersededById' in row && row.supersededById),
  );
  if (pending.length === 0) return;
  const used = new Set<string>();
  for (const booked of created.filter((row) => row.status === 'BOOKED')) {
    const match = pending.find(
      (row) =>
        !used.has(row.id) &&
        row.amountCents === booked.amountCents &&
        Math.abs(row.bookingDate.getTime() - booked.bookingDate.getTime()) <=
          SUPERSEDE_WINDOW_DAYS * 86_400_000,
    );
    if (!match) continue;
    used.add(match.id);
    await tx.transaction.update({ where: { id: match.id }, data: { supersededById: booked.id } });
  }
}

function summary(
  account: { id: string; name: string; kind: string; created: boolean },
  newCount: number,
  knownCount: number,
  pendingCount: number,
): StoredAccountSummary {
  return {
    accountId: account.id,
    name: account.name,
    kind: account.kind,
    created: account.created,
    newCount,
    knownCount,
    pendingCount,
  };
}

/** The result of an import already stored (a retried activity), or null when there is none. */
async function summariseStoredImport(db: Database, importId: string): Promise<StoreResult | null> {
  const imported = await db.import.findUnique({ where: { id: importId } });
  if (!imported) return null;
  const counts = await db.transaction.groupBy({
    by: ['accountId', 'status'],
    where: { importId },
    _count: { _all: true },
  });
  const accounts = await db.account.findMany({
    where: { id: { in: [...new Set(counts.map((count) => count.accountId))] } },
  });
  return {
    importId,
    notices: imported.notices,
    accounts: accounts.map((account) => {
      const of = (status: string) =>
        counts.find((count) => count.accountId === account.id && count.status === status)?._count
          ._all ?? 0;
      return summary({ ...account, created: false }, of('BOOKED'), 0, of('PENDING'));
    }),
  };
}
