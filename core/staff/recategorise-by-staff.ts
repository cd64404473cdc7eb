import { categoryByCode } from '../categories/bnc-chart.ts';
import { formatFrenchDate, fromDbDate } from '../dates/calendar-date.ts';
import type { Database } from '../db/prisma-client.ts';
import { confirmCategory, TransactionNotFoundError } from '../ledger/confirm-category.ts';
import { formatMoney } from '../money/money.ts';
import type { Notifier } from '../notifications/notifier.ts';
import { requireFirmFreelancer } from './firm-scope.ts';
import type { StaffMember } from './staff-accounts.ts';
import { recordStaffAction } from './staff-actions.ts';

export interface RecategoriseOutcome {
  readonly from: string | null;
  readonly to: string;
  readonly alsoSettled: number;
  readonly delivered: readonly string[];
}

/**
 * Staff change a transaction's category: the same confirmation as the freelancer's (remembered
 * for the counterparty, settling its other doubtful rows) with source STAFF, and the freelancer
 * is told in chat what changed.
 */
export async function recategoriseByStaff(
  deps: { db: Database; notifier: Notifier },
  input: {
    staff: StaffMember;
    freelancerId: string;
    transactionId: string;
    categoryCode: string;
    now: Date;
  },
): Promise<RecategoriseOutcome> {
  await requireFirmFreelancer(deps.db, input.staff.firmId, input.freelancerId);
  const before = await deps.db.transaction.findFirst({
    where: { id: input.transactionId, account: { freelancerId: input.freelancerId } },
    select: {
      categoryCode: true,
      label: true,
      amountCents: true,
      currency: true,
      bookingDate: true,
    },
  });
  if (!before) throw new TransactionNotFoundError(input.transactionId);

  const result = await confirmCategory(deps.db, {
    freelancerId: input.freelancerId,
    transactionId: input.transactionId,
    categoryCode: input.categoryCode,
    source: 'STAFF',
  });

  const labelOf = (code: string | null) =>
    code ? (categoryByCode(code)?.labelFr ?? code) : 'non classée';
  const what = `l’opération du ${formatFrenchDate(fromDbDate(before.bookingDate))} « ${before.label} » (${formatMoney(Number(before.amountCents), before.currency)})`;
  const settled =
    result.alsoSettled > 0
      ? `\n${result.alsoSettled} autre(s) opération(s) du même tiers suivent ce choix.`
      : '';
  const text = `Votre cabinet comptable a reclassé ${what} : ${labelOf(input.categoryCode)} (auparavant : ${labelOf(before.categoryCode)}).${settled}`;
  const notified = await deps.notifier.notifyFreelancer(input.freelancerId, { text });

  await recordStaffAction(deps.db, {
    firmId: input.staff.firmId,
    staffId: input.staff.id,
    freelancerId: input.freelancerId,
    record: {
      kind: 'RECATEGORISE',
      transactionId: input.transactionId,
      from: before.categoryCode,
      to: input.categoryCode,
      channels: notified.delivered,
    },
    now: input.now,
  });
  return {
    from: before.categoryCode,
    to: input.categoryCode,
    alsoSettled: result.alsoSettled,
    delivered: notified.delivered,
  };
}
