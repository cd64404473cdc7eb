import type { Database } from '../db/prisma-client.ts';
import { parisDateOf, toDbDate } from '../dates/calendar-date.ts';

/** Unattended pulls per account and Paris day (PSD2 practice, bank-sync.md §1). */
export const DAILY_PULLS_PER_ACCOUNT = 4;

/**
 * Takes one pull of the account's daily budget, or says there is none left. The count is kept in
 * the database, so restarts and retries count too; one conditional statement keeps two workers
 * from both taking the last pull.
 */
export async function takeSyncPull(
  db: Database,
  input: { accountId: string; now: Date; perDay?: number },
): Promise<boolean> {
  const day = toDbDate(parisDateOf(input.now));
  const limit = input.perDay ?? DAILY_PULLS_PER_ACCOUNT;
  const taken = await db.$executeRaw`
    INSERT INTO "BankSyncUsage" ("accountId", "day", "pulls") VALUES (${input.accountId}, ${day}, 1)
    ON CONFLICT ("accountId", "day") DO UPDATE SET "pulls" = "BankSyncUsage"."pulls" + 1
    WHERE "BankSyncUsage"."pulls" < ${limit}`;
  return taken === 1;
}
