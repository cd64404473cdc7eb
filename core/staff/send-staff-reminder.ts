import type { Database } from '../db/prisma-client.ts';
import type { Notifier } from '../notifications/notifier.ts';
import { FreelancerNotInFirmError, firmFreelancerOverview } from './firm-scope.ts';
import { reminderMessage } from './reminder-message.ts';
import type { StaffMember } from './staff-accounts.ts';
import { recordStaffAction } from './staff-actions.ts';

export interface ReminderOutcome {
  /** Channels the reminder reached; empty when the freelancer has no chat linked. */
  readonly delivered: readonly string[];
}

/** "Send a reminder now": the freelancer is told in chat what is left, and the firm keeps a trace. */
export async function sendStaffReminder(
  deps: { db: Database; notifier: Notifier },
  input: { staff: StaffMember; freelancerId: string; note: string | null; now: Date },
): Promise<ReminderOutcome> {
  const overview = await firmFreelancerOverview(deps.db, {
    firmId: input.staff.firmId,
    freelancerId: input.freelancerId,
    now: input.now,
  });
  if (!overview) throw new FreelancerNotInFirmError(input.staff.firmId, input.freelancerId);

  const { message, topics } = reminderMessage(overview, {
    staffName: input.staff.displayName,
    note: input.note,
  });
  const result = await deps.notifier.notifyFreelancer(input.freelancerId, message);
  await recordStaffAction(deps.db, {
    firmId: input.staff.firmId,
    staffId: input.staff.id,
    freelancerId: input.freelancerId,
    record: { kind: 'REMINDER', channels: result.delivered, topics },
    now: input.now,
  });
  return { delivered: result.delivered };
}
