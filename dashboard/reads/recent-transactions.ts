import {
  fromDbDate,
  monthRange,
  toDbDate,
  type CalendarDate,
} from '../../core/dates/calendar-date.ts';
import type { Database } from '../../core/db/prisma-client.ts';

export interface TransactionLine {
  readonly id: string;
  readonly date: CalendarDate;
  readonly accountName: string;
  readonly label: string;
  readonly counterparty: string | null;
  readonly amountCents: number;
  readonly currency: string;
  readonly categoryCode: string | null;
  readonly categorySource: string;
  readonly toConfirm: boolean;
}

export const RECENT_TRANSACTIONS = 40;

const LINE_FIELDS = {
  id: true,
  bookingDate: true,
  label: true,
  counterparty: true,
  amountCents: true,
  currency: true,
  categoryCode: true,
  categorySource: true,
  toConfirm: true,
  account: { select: { name: true } },
} as const;

/**
 * The freelancer's latest movements (of one Paris month when given), newest first; the index on
 * (accountId, bookingDate) serves it. The caller has checked the firm.
 */
export async function recentTransactions(
  db: Database,
  input: { freelancerId: string; month: string | null; take?: number },
): Promise<TransactionLine[]> {
  const range = input.month ? monthRange(input.month) : null;
  const rows = await db.transaction.findMany({
    where: {
      account: { freelancerId: input.freelancerId },
      supersededById: null,
      ...(range ? { bookingDate: { gte: toDbDate(range.from), lte: toDbDate(range.to) } } : {}),
    },
    select: LINE_FIELDS,
    orderBy: [{ bookingDate: 'desc' }, { createdAt: 'desc' }],
    take: input.take ?? RECENT_TRANSACTIONS,
  });
  return rows.map(toLine);
}

/** One transaction of the freelancer, for the re-categorisation form. */
export async function transactionOf(
  db: Database,
  input: { freelancerId: string; transactionId: string },
): Promise<TransactionLine | null> {
  const row = await db.transaction.findFirst({
    where: { id: input.transactionId, account: { freelancerId: input.freelancerId } },
    select: LINE_FIELDS,
  });
  return row ? toLine(row) : null;
}

function toLine(row: {
  id: string;
  bookingDate: Date;
  label: string;
  counterparty: string | null;
  amountCents: bigint;
  currency: string;
  categoryCode: string | null;
  categorySource: string;
  toConfirm: boolean;
  account: { name: string };
}): TransactionLine {
  const { bookingDate, amountCents, account, ...rest } = row;
  return {
    ...rest,
    date: fromDbDate(bookingDate),
    accountName: account.name,
    amountCents: Number(amountCents),
  };
}
