import { describe, expect, it } from 'vitest';
import {
  alreadyPast,
  DAY_MS,
  DEFAULT_NOTICE_SETTINGS,
  dueNotices,
  nextNoticeAt,
  planNotices,
  snoozeNotices,
  type NoticeEpoch,
} from './consent-plan.ts';

const end = Date.parse('2027-06-01T08:00:00Z');
const consent: NoticeEpoch = { kind: 'consent', consentEnd: end };
const plan = planNotices(consent, DEFAULT_NOTICE_SETTINGS);

describe('consent notice plan', () => {
  it('plans chat reminders at D-14, D-7, D-1 and a mail at D-1', () => {
    expect(
      plan.map((notice) => [notice.id, (end - notice.at) / DAY_MS, notice.channels.join()]),
    ).toEqual([
      ['D-14', 14, 'chat'],
      ['D-7', 7, 'chat'],
      ['D-1', 1, 'chat'],
      ['mail-D-1', 1, 'email'],
    ]);
  });

  it('sends only the latest chat reminder after a pause that let several fall due', () => {
    const due = dueNotices(plan, new Set(), end - 3 * DAY_MS);
    expect(due.send.map((notice) => notice.id)).toEqual(['D-7']);
    expect(due.skip).toEqual(['D-14']);
  });

  it('skips the reminders already past when a short consent starts', () => {
    expect(alreadyPast(plan, end - 10 * DAY_MS)).toEqual(['D-14']);
  });

  it('replaces the reminders of the next days by one, and never snoozes past the end', () => {
    const now = end - 14 * DAY_MS;
    const snoozed = snoozeNotices(plan, new Set(['D-14']), { now, days: 8, epoch: consent });
    expect(snoozed.skip).toEqual(['D-7']);
    expect(snoozed.later).toMatchObject({
      at: now + 8 * DAY_MS,
      notice: { kind: 'reminder', daysLeft: 6 },
    });
    expect(
      snoozeNotices(plan, new Set(), { now: end - 2 * DAY_MS, days: 3, epoch: consent }).later,
    ).toBeNull();
  });

  it('tells everyone once the connection stopped, then reminds the person', () => {
    const ended = planNotices(
      { kind: 'ended', reason: 'REVOKED', endedAt: end },
      DEFAULT_NOTICE_SETTINGS,
    );
    expect(ended.map((notice) => [notice.id, notice.channels.join()])).toEqual([
      ['ended', 'chat,email,staff-chat'],
      ['ended+7', 'chat'],
      ['ended+21', 'chat'],
    ]);
    expect(nextNoticeAt(ended, new Set(['ended']))).toBe(end + 7 * DAY_MS);
  });
});
