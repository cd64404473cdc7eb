import { ApplicationFailure } from '@temporalio/activity';
import { isCalendarDate } from '../../core/dates/calendar-date.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { freelancerOverviews } from '../../core/monitoring/freelancer-overview.ts';
import { buildStaffDigest } from '../../core/monitoring/staff-digest.ts';
import type { WorkflowProblemsSource } from '../../core/monitoring/workflow-problem.ts';
import { deliverOnce } from '../../core/notifications/deliver-once.ts';
import type { Mailer, Notifier } from '../../core/notifications/notifier.ts';
import { whileHeartbeating } from './heartbeat.ts';

export interface DigestActivityDeps {
  readonly db: Database;
  readonly notifier: Notifier;
  readonly mailer: Mailer | null;
  readonly workflowProblems: WorkflowProblemsSource;
  readonly clock: () => Date;
  readonly logger: Logger;
}

export interface DigestReport {
  /** Freelancers in the digest; 0 when there was nothing to say and nothing was sent. */
  readonly count: number;
  readonly sent: readonly string[];
  readonly skipped: readonly string[];
}

export function createDigestActivities(deps: DigestActivityDeps) {
  const { db, logger } = deps;
  return {
    /** The day's digest of one firm: in the staff chat, and by e-mail to each active member. */
    async sendStaffDigest(input: { firmId: string; day: string }): Promise<DigestReport> {
      const day = input.day;
      if (!isCalendarDate(day)) {
        throw ApplicationFailure.nonRetryable(
          `"${day}" is not a YYYY-MM-DD day`,
          'InvalidDigestDay',
        );
      }
      const settings = await db.firmCollectionSettings.findUnique({
        where: { firmId: input.firmId },
      });
      const firm = await db.firm.findUnique({ where: { id: input.firmId } });
      if (!firm || settings?.digestEnabled === false) return { count: 0, sent: [], skipped: [] };

      const problems = await deps.workflowProblems({ firmId: input.firmId });
      const overviews = await freelancerOverviews(db, {
        firmId: input.firmId,
        now: deps.clock(),
        workflowProblems: problems,
      });
      const digest = buildStaffDigest({
        firmName: firm.name,
        day,
        overviews,
        // The digest itself, or a workflow of someone no longer in the firm: shown apart.
        firmProblems: problems.filter(
          (problem) =>
            !overviews.some((overview) => overview.freelancerId === problem.freelancerId),
        ),
      });
      if (!digest) {
        logger.info('staff digest empty', { firmId: input.firmId, day: input.day });
        return { count: 0, sent: [], skipped: [] };
      }

      const staff = await db.staffAccount.findMany({
        where: { firmId: input.firmId, disabledAt: null },
        select: { id: true, email: true },
        orderBy: { email: 'asc' },
      });
      const base = `digest-${input.firmId}-${input.day}`;
      const deliveries: Array<{ key: string; channel: string; send: () => Promise<unknown> }> = [
        {
          key: `${base}:staff-chat`,
          channel: 'staff-chat',
          send: () => deps.notifier.notifyFirmStaff(input.firmId, digest.chat),
        },
      ];
      const mailer = deps.mailer;
      if (mailer) {
        for (const member of staff) {
          const mail = { to: member.email, subject: digest.subject, text: digest.text };
          deliveries.push({
            key: `${base}:email:${member.id}`,
            channel: 'email',
            send: () => mailer.send(mail),
          });
        }
      }

      const sent: string[] = [];
      const skipped: string[] = [];
      for (const delivery of deliveries) {
        const outcome = await deliverOnce(
          db,
          { key: delivery.key, subjectId: base, kind: 'staff-digest', channel: delivery.channel },
          () => whileHeartbeating(delivery.send()),
        );
        (outcome === 'sent' ? sent : skipped).push(delivery.key);
      }
      logger.info('staff digest done', {
        firmId: input.firmId,
        count: digest.count,
        sent: sent.length,
      });
      return { count: digest.count, sent, skipped };
    },
  };
}

export type DigestActivities = ReturnType<typeof createDigestActivities>;
