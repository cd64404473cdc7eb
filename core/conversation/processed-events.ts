import type { Database } from '../db/prisma-client.ts';

/**
 * Deliveries already handled: Slack retries an event it thinks was lost (`X-Slack-Retry-Num`,
 * same `event_id`), sends `message`/`file_share` and `file_shared` for one upload, and Telegram
 * resends a webhook update that was not answered. The first claim wins; the others are skipped.
 */
export async function claimEvent(db: Database, key: string): Promise<boolean> {
  const created = await db.chatProcessedEvent.createMany({ data: [{ key }], skipDuplicates: true });
  return created.count === 1;
}

/** Lets a delivery be handled again, when handling it failed before anything was stored. */
export async function releaseEvent(db: Database, key: string): Promise<void> {
  await db.chatProcessedEvent.deleteMany({ where: { key } });
}

/** Forgets deliveries older than `before`: platforms stop retrying within hours. */
export async function pruneProcessedEvents(db: Database, before: Date): Promise<number> {
  const deleted = await db.chatProcessedEvent.deleteMany({ where: { receivedAt: { lt: before } } });
  return deleted.count;
}
