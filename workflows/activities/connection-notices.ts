import { getBankConnection } from '../../core/banking/bank-connections.ts';
import {
  endedMail,
  endedMessage,
  endedStaffMessage,
  reminderMail,
  reminderMessage,
  type ConsentTextInput,
  type EndReason,
} from '../../core/banking/consent-texts.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { deliverOnce } from '../../core/notifications/deliver-once.ts';
import type { Mailer, Notifier } from '../../core/notifications/notifier.ts';
import { whileHeartbeating } from './heartbeat.ts';

export type ConnectionNoticeKind =
  | { readonly kind: 'reminder'; readonly daysLeft: number }
  | { readonly kind: 'ended'; readonly reason: EndReason; readonly reminder: boolean };

export type NoticeChannel = 'chat' | 'email' | 'staff-chat';

export interface ConnectionNotice {
  readonly connectionId: string;
  /** Unique per connection and message: the consent end and the notice (`2027-05-01T…:D-7`). */
  readonly key: string;
  readonly notice: ConnectionNoticeKind;
  readonly channels: readonly NoticeChannel[];
}

export interface ConnectionNoticeDeps {
  readonly db: Database;
  readonly notifier: Notifier;
  /** Null when SMTP is not configured: notices then go by chat only. */
  readonly mailer: Mailer | null;
  readonly logger: Logger;
  /** The page that starts a renewal, put in chat links and mails. */
  readonly renewUrl: (connectionId: string) => string;
}

export interface ConnectionNoticeReport {
  readonly sent: readonly string[];
  /** Sent by an earlier attempt, or with nowhere to go (no e-mail, no firm). */
  readonly skipped: readonly string[];
}

/** Sends one notice on its channels, each message at most once (persisted key). */
export async function sendConnectionNotice(
  deps: ConnectionNoticeDeps,
  notice: ConnectionNotice,
): Promise<ConnectionNoticeReport> {
  const connection = await getBankConnection(deps.db, notice.connectionId);
  const text: ConsentTextInput = {
    connectionId: connection.id,
    displayName: connection.freelancer.displayName,
    bankName: connection.aspspName ?? connection.label,
    consentEnd: connection.consentValidUntil,
    renewUrl: deps.renewUrl(connection.id),
  };
  const { email, firmId } = connection.freelancer;
  const sent: string[] = [];
  const skipped: string[] = [];

  for (const channel of notice.channels) {
    const key = `connection-${notice.connectionId}:${notice.key}:${channel}`;
    const send = sender(deps, notice.notice, channel, text, {
      freelancerId: connection.freelancerId,
      email,
      firmId,
    });
    if (!send) {
      skipped.push(key);
      continue;
    }
    const outcome = await deliverOnce(
      deps.db,
      { key, subjectId: notice.connectionId, kind: `connection-${notice.notice.kind}`, channel },
      () => whileHeartbeating(send()),
    );
    (outcome === 'sent' ? sent : skipped).push(key);
  }
  deps.logger.info('connection notice done', {
    connectionId: notice.connectionId,
    notice: notice.key,
    sent: sent.length,
    skipped: skipped.length,
  });
  return { sent, skipped };
}

function sender(
  deps: ConnectionNoticeDeps,
  notice: ConnectionNoticeKind,
  channel: NoticeChannel,
  text: ConsentTextInput,
  to: { freelancerId: string; email: string | null; firmId: string | null },
): (() => Promise<unknown>) | null {
  const { notifier, mailer } = deps;
  switch (channel) {
    case 'chat': {
      const message =
        notice.kind === 'reminder'
          ? reminderMessage({ ...text, daysLeft: notice.daysLeft })
          : endedMessage({ ...text, reason: notice.reason, reminder: notice.reminder });
      return () => notifier.notifyFreelancer(to.freelancerId, message);
    }
    case 'email': {
      if (!mailer || !to.email) return null;
      const address = to.email;
      const mail =
        notice.kind === 'reminder'
          ? reminderMail({ ...text, daysLeft: notice.daysLeft, to: address })
          : endedMail({ ...text, reason: notice.reason, to: address });
      return () => mailer.send(mail);
    }
    case 'staff-chat': {
      if (!to.firmId || notice.kind !== 'ended') return null;
      const firmId = to.firmId;
      const message = endedStaffMessage({ ...text, reason: notice.reason });
      return () => notifier.notifyFirmStaff(firmId, message);
    }
  }
}
