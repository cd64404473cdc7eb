import type { Database } from '../db/prisma-client.ts';

/** The receiving leg of a transfer is booked the same day or up to this many days later (B27). */
const TRANSFER_WINDOW_DAYS = 4;
const DAY_MS = 86_400_000;

/**
 * Two doubtful rows of the same freelancer, in two different accounts, for opposite amounts, the
 * credit on the same day as the debit or a few days after, are one internal transfer: neither a
 * recette nor a dépense. Rows a person confirmed are never changed. Returns the pairs made.
 */
export async function pairInternalTransfers(db: Database, freelancerId: string): Promise<number> {
  const rows = await db.transaction.findMany({
    where: {
      status: 'BOOKED',
      supersededById: null,
      toConfirm: true,
      categorySource: { not: 'USER' },
      account: { freelancerId, active: true, kind: { in: ['CHECKING', 'SAVINGS', 'CAISSE'] } },
    },
    select: { id: true, accountId: true, amountCents: true, bookingDate: true, currency: true },
    orderBy: [{ bookingDate: 'asc' }, { id: 'asc' }],
  });
  const credits = rows.filter((row) => row.amountCents > 0n);
  const used = new Set<string>();
  const pairs: string[] = [];

  for (const debit of rows.filter((row) => row.amountCents < 0n)) {
    const credit = credits.find(
      (candidate) =>
        !used.has(candidate.id) &&
        candidate.accountId !== debit.accountId &&
        candidate.currency === debit.currency &&
        candidate.amountCents === -debit.amountCents &&
        candidate.bookingDate.getTime() >= debit.bookingDate.getTime() &&
        candidate.bookingDate.getTime() - debit.bookingDate.getTime() <=
          TRANSFER_WINDOW_DAYS * DAY_MS,
    );
    if (!credit) continue;
    used.add(credit.id);
    pairs.push(debit.id, credit.id);
  }
  if (pairs.length === 0) return 0;
  await db.transaction.updateMany({
    where: { id: { in: pairs } },
    data: {
      categoryCode: 'VIREMENT_INTERNE',
      categorySource: 'RULE',
      confidence: 90,
      toConfirm: false,
    },
  });
  return pairs.length / 2;
}
