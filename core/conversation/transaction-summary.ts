import type { Database } from '../db/prisma-client.ts';
import { fromDbDate } from '../dates/calendar-date.ts';
import type { TransactionSummary } from './conversation-ports.ts';

const SHORT_REF = /^[A-Za-z0-9_.-]{1,24}$/;

/** One of the freelancer's transactions as the chat shows it, or null when not hers. */
export async function loadTransaction(
  db: Database,
  freelancerId: string,
  transactionId: string,
): Promise<TransactionSummary | null> {
  const row = await db.transaction.findFirst({
    where: { id: transactionId, account: { freelancerId } },
    include: { account: { select: { name: true } } },
  });
  return row ? toSummary(row) : null;
}

export function toSummary(row: {
  id: string;
  providerId: string | null;
  bookingDate: Date;
  label: string;
  amountCents: bigint;
  account: { name: string };
}): TransactionSummary {
  return {
    id: row.id,
    providerId: row.providerId,
    date: fromDbDate(row.bookingDate),
    label: row.label,
    accountName: row.account.name,
    amountCents: Number(row.amountCents),
  };
}

/**
 * The short reference a button carries for a transaction: the bank's own id (FITID) when it is
 * short and names one row of this freelancer, else our id. Both fit Telegram's 64 bytes.
 */
export async function transactionRef(
  db: Database,
  freelancerId: string,
  transaction: TransactionSummary,
): Promise<string> {
  const providerId = transaction.providerId;
  if (!providerId || !SHORT_REF.test(providerId)) return transaction.id;
  const sharing = await db.transaction.count({ where: { providerId, account: { freelancerId } } });
  return sharing === 1 ? providerId : transaction.id;
}
