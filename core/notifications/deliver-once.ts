import type { Database } from '../db/prisma-client.ts';

export interface DeliveryKey {
  /** Unique per message and channel: `receipts-ines-2026-10:reminder-2:chat`. */
  readonly key: string;
  /** What the message is about (a workflow id, a connection id); kept for lookups. */
  readonly subjectId: string;
  readonly kind: string;
  readonly channel: string;
}

export type DeliveryOutcome = 'sent' | 'already-sent';

/**
 * Sends a message at most once per key, however often a retried or restarted activity asks.
 * The log row is claimed (SENDING) before sending and marked SENT after: a row found SENT is
 * skipped. A row left SENDING means an attempt died between the two writes; it is sent again,
 * because a reminder lost is worse than one repeated in that window of a few milliseconds.
 *
 * The log is the connection lifecycle's notification table (issue 4), shared by every workflow
 * that speaks: `connectionId` holds the subject id.
 */
export async function deliverOnce(
  db: Database,
  delivery: DeliveryKey,
  send: () => Promise<unknown>,
): Promise<DeliveryOutcome> {
  const existing = await db.connectionNotification.findUnique({ where: { key: delivery.key } });
  if (existing?.status === 'SENT') return 'already-sent';
  if (!existing) {
    await db.connectionNotification.create({
      data: {
        key: delivery.key,
        connectionId: delivery.subjectId,
        kind: delivery.kind,
        channel: delivery.channel,
        status: 'SENDING',
      },
    });
  }
  await send();
  await db.connectionNotification.update({
    where: { key: delivery.key },
    data: { status: 'SENT', sentAt: new Date() },
  });
  return 'sent';
}
