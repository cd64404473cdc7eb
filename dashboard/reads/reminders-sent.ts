import type { Database } from '../../core/db/prisma-client.ts';
import { listStaffActions } from '../../core/staff/staff-actions.ts';

export interface ReminderLine {
  readonly at: Date;
  /** `staff` for a reminder sent from the dashboard, `workflow` for a workflow's notice. */
  readonly origin: 'staff' | 'workflow';
  readonly kind: string;
  readonly channels: readonly string[];
  readonly staffId: string | null;
}

/**
 * Reminders the freelancer received: those staff sent from here, and the notices the workflows
 * sent (consent ending or ended; monthly collection asks, reminders, escalations). Newest first.
 */
export async function remindersSent(
  db: Database,
  input: { firmId: string; freelancerId: string; connectionIds: readonly string[]; take: number },
): Promise<ReminderLine[]> {
  const staff = await listStaffActions(db, {
    firmId: input.firmId,
    freelancerId: input.freelancerId,
    kinds: ['REMINDER'],
    take: input.take,
  });
  // The notification log keys each message by its subject: a connection id, or the monthly
  // collection's workflow id `receipts-<freelancer>-<month>` (core/notifications/deliver-once.ts).
  const notices = await db.connectionNotification.findMany({
    where: {
      status: 'SENT',
      OR: [
        { connectionId: { in: [...input.connectionIds] } },
        {
          connectionId: { startsWith: `receipts-${input.freelancerId}-` },
          kind: { startsWith: 'collection-' },
        },
      ],
    },
    orderBy: { createdAt: 'desc' },
    take: input.take,
  });
  const lines: ReminderLine[] = [
    ...staff.map((entry) => ({
      at: entry.at,
      origin: 'staff' as const,
      kind: 'relance',
      channels: entry.record.kind === 'REMINDER' ? entry.record.channels : [],
      staffId: entry.staffId,
    })),
    ...notices.map((notice) => ({
      at: notice.sentAt ?? notice.createdAt,
      origin: 'workflow' as const,
      kind: notice.kind,
      channels: [notice.channel],
      staffId: null,
    })),
  ];
  return lines.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, input.take);
}
