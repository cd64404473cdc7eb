import { missingCount, type MissingItems } from '../../core/collection/collection-month.ts';
import type { CollectionSettings } from '../../core/collection/collection-settings.ts';
import {
  askMessage,
  closedMessage,
  completeMessage,
  escalationMessage,
  reminderMail,
  reminderMessage,
} from '../../core/collection/collection-texts.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { deliverOnce } from '../../core/notifications/deliver-once.ts';
import type { Mailer, Notifier } from '../../core/notifications/notifier.ts';
import { whileHeartbeating } from './heartbeat.ts';

export type CollectionNoticeKind =
  | { readonly kind: 'ask' }
  | { readonly kind: 'reminder'; readonly number: number }
  | { readonly kind: 'escalation'; readonly days: number; readonly remindersSent: number }
  | { readonly kind: 'complete' }
  | { readonly kind: 'closed' };

export interface CollectionNotice {
  /** The business key of the workflow: with the notice, it keys each message sent. */
  readonly workflowId: string;
  readonly freelancerId: string;
  readonly month: string;
  readonly notice: CollectionNoticeKind;
}

export interface NoticeReport {
  /** Message keys sent by this attempt, and those an earlier attempt had already sent. */
  readonly sent: readonly string[];
  readonly skipped: readonly string[];
  /** True when an ask, reminder or escalation found nothing missing and sent nothing. */
  readonly nothingMissing: boolean;
}

interface NoticeContext {
  readonly db: Database;
  readonly notifier: Notifier;
  readonly mailer: Mailer | null;
  readonly logger: Logger;
  readonly settings: CollectionSettings;
  readonly missing: MissingItems;
}

interface Delivery {
  readonly channel: 'chat' | 'staff-chat' | 'email';
  send(): Promise<unknown>;
}

/** Sends one notice of a month's collection on its channels, each message at most once. */
export async function sendCollectionNotice(
  context: NoticeContext,
  notice: CollectionNotice,
): Promise<NoticeReport> {
  const { notice: what } = notice;
  const asksForItems =
    what.kind === 'ask' || what.kind === 'reminder' || what.kind === 'escalation';
  if (asksForItems && missingCount(context.missing) === 0) {
    return { sent: [], skipped: [], nothingMissing: true };
  }

  const name = noticeName(what);
  const sent: string[] = [];
  const skipped: string[] = [];
  for (const delivery of deliveries(context, notice)) {
    const key = `${notice.workflowId}:${name}:${delivery.channel}`;
    const outcome = await deliverOnce(
      context.db,
      {
        key,
        subjectId: notice.workflowId,
        kind: `collection-${what.kind}`,
        channel: delivery.channel,
      },
      () => whileHeartbeating(delivery.send()),
    );
    (outcome === 'sent' ? sent : skipped).push(key);
  }
  context.logger.info('collection notice done', {
    freelancerId: notice.freelancerId,
    month: notice.month,
    notice: name,
    sent: sent.length,
    skipped: skipped.length,
  });
  return { sent, skipped, nothingMissing: false };
}

export function noticeName(notice: CollectionNoticeKind): string {
  switch (notice.kind) {
    case 'reminder':
      return `reminder-${notice.number}`;
    case 'ask':
    case 'escalation':
    case 'complete':
    case 'closed':
      return notice.kind;
  }
}

function deliveries(context: NoticeContext, notice: CollectionNotice): Delivery[] {
  const { notifier, mailer, settings, missing } = context;
  const text = { displayName: settings.displayName, month: notice.month, missing };
  const toFreelancer = (message: Parameters<Notifier['notifyFreelancer']>[1]): Delivery => ({
    channel: 'chat',
    send: () => notifier.notifyFreelancer(notice.freelancerId, message),
  });

  const what = notice.notice;
  switch (what.kind) {
    case 'ask':
      return [toFreelancer(askMessage(text))];
    case 'reminder': {
      const chat = toFreelancer(reminderMessage({ ...text, number: what.number }));
      if (!mailer || !settings.email) return [chat];
      const mail = reminderMail({ ...text, number: what.number, to: settings.email });
      return [chat, { channel: 'email', send: () => mailer.send(mail) }];
    }
    case 'escalation': {
      const firmId = settings.firmId;
      if (!firmId) return [];
      const message = escalationMessage({
        ...text,
        days: what.days,
        remindersSent: what.remindersSent,
      });
      return [{ channel: 'staff-chat', send: () => notifier.notifyFirmStaff(firmId, message) }];
    }
    case 'complete':
      return [toFreelancer(completeMessage(text))];
    case 'closed':
      return [toFreelancer(closedMessage(text))];
  }
}
