// The notices of a bank connection as data: which message goes out when, on which channels.
// Pure functions of the consent end and the workflow's clock; imported by workflow code, so
// sandbox-clean (types only from elsewhere).
import type { EndReason } from '../../core/banking/consent-texts.ts';
import type { ConnectionNoticeKind, NoticeChannel } from '../activities/connection-notices.ts';

export const DAY_MS = 86_400_000;

export interface NoticeSettings {
  /** Chat reminders, in days before the consent end. */
  readonly reminderDays: readonly number[];
  /** E-mail reminders, in days before the consent end. */
  readonly mailDays: readonly number[];
  /** Chat reminders after the connection stopped, in days after it stopped. */
  readonly afterEndDays: readonly number[];
}

export const DEFAULT_NOTICE_SETTINGS: NoticeSettings = {
  reminderDays: [14, 7, 1],
  mailDays: [1],
  afterEndDays: [7, 21],
};

/** What the notices are about: a consent running to its end, or a connection that stopped. */
export type NoticeEpoch =
  | { readonly kind: 'consent'; readonly consentEnd: number }
  | { readonly kind: 'ended'; readonly reason: EndReason; readonly endedAt: number };

export interface PlannedNotice {
  /** Unique within the epoch: `D-7`, `mail-D-1`, `ended`, `ended+7`, `later-<instant>`. */
  readonly id: string;
  readonly at: number;
  readonly notice: ConnectionNoticeKind;
  readonly channels: readonly NoticeChannel[];
  /** "Remind me later" may push it back. */
  readonly snoozable: boolean;
}

export function epochKey(epoch: NoticeEpoch): string {
  return epoch.kind === 'consent'
    ? `consent-${new Date(epoch.consentEnd).toISOString()}`
    : `ended-${epoch.reason}-${new Date(epoch.endedAt).toISOString()}`;
}

export function planNotices(epoch: NoticeEpoch, settings: NoticeSettings): PlannedNotice[] {
  if (epoch.kind === 'consent') {
    const before = (days: number) => epoch.consentEnd - days * DAY_MS;
    return [
      ...settings.reminderDays.map((days) => ({
        id: `D-${days}`,
        at: before(days),
        notice: { kind: 'reminder' as const, daysLeft: days },
        channels: ['chat' as const],
        snoozable: true,
      })),
      ...settings.mailDays.map((days) => ({
        id: `mail-D-${days}`,
        at: before(days),
        notice: { kind: 'reminder' as const, daysLeft: days },
        channels: ['email' as const],
        snoozable: false,
      })),
    ].sort((a, b) => a.at - b.at);
  }
  const { reason, endedAt } = epoch;
  return [
    {
      id: 'ended',
      at: endedAt,
      notice: { kind: 'ended', reason, reminder: false },
      channels: ['chat', 'email', 'staff-chat'],
      snoozable: false,
    },
    ...settings.afterEndDays.map((days) => ({
      id: `ended+${days}`,
      at: endedAt + days * DAY_MS,
      notice: { kind: 'ended' as const, reason, reminder: true },
      channels: ['chat' as const],
      snoozable: true,
    })),
  ];
}

/**
 * Notices of a fresh consent whose time is already past (a short consent, a link made late):
 * they are skipped rather than sent all at once.
 */
export function alreadyPast(plan: readonly PlannedNotice[], now: number): string[] {
  return plan.filter((notice) => notice.at < now).map((notice) => notice.id);
}

/**
 * What is due now. After a pause (worker stopped for days), several reminders of one channel may
 * be due together: only the latest goes out, the older ones are skipped.
 */
export function dueNotices(
  plan: readonly PlannedNotice[],
  done: ReadonlySet<string>,
  now: number,
): { send: PlannedNotice[]; skip: string[] } {
  const due = plan.filter((notice) => !done.has(notice.id) && notice.at <= now);
  const latest = new Map<string, PlannedNotice>();
  for (const notice of due) {
    const group = `${notice.notice.kind}|${notice.channels.join(',')}`;
    const kept = latest.get(group);
    if (!kept || notice.at >= kept.at) latest.set(group, notice);
  }
  const send = [...latest.values()].sort((a, b) => a.at - b.at);
  return { send, skip: due.filter((notice) => !send.includes(notice)).map((notice) => notice.id) };
}

export function nextNoticeAt(
  plan: readonly PlannedNotice[],
  done: ReadonlySet<string>,
): number | null {
  const times = plan.filter((notice) => !done.has(notice.id)).map((notice) => notice.at);
  return times.length > 0 ? Math.min(...times) : null;
}

/**
 * "Remind me later": the chat reminders falling before `now + days` are skipped and one
 * reminder is added at that time, unless the consent (or nothing) ends first.
 */
export function snoozeNotices(
  plan: readonly PlannedNotice[],
  done: ReadonlySet<string>,
  input: { now: number; days: number; epoch: NoticeEpoch },
): { skip: string[]; later: PlannedNotice | null } {
  const until = input.now + input.days * DAY_MS;
  const skip = plan
    .filter((notice) => notice.snoozable && !done.has(notice.id) && notice.at < until)
    .map((notice) => notice.id);
  const id = `later-${new Date(until).toISOString()}`;
  if (input.epoch.kind === 'ended') {
    const notice = { kind: 'ended' as const, reason: input.epoch.reason, reminder: true };
    return { skip, later: { id, at: until, notice, channels: ['chat'], snoozable: true } };
  }
  if (until >= input.epoch.consentEnd) return { skip, later: null };
  const daysLeft = Math.ceil((input.epoch.consentEnd - until) / DAY_MS);
  return {
    skip,
    later: {
      id,
      at: until,
      notice: { kind: 'reminder', daysLeft },
      channels: ['chat'],
      snoozable: true,
    },
  };
}
