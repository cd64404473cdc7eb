import { ApplicationFailure } from '@temporalio/activity';
import type {
  CollectionPlan,
  CollectionState,
  MissingItems,
} from '../../core/collection/collection-month.ts';
import { saveCollectionRecord } from '../../core/collection/collection-record.ts';
import {
  FreelancerNotFoundError,
  loadCollectionSettings,
  type CollectionSettings,
} from '../../core/collection/collection-settings.ts';
import type { MissingReceiptsSource } from '../../core/collection/missing-receipts-source.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import type { Mailer, Notifier } from '../../core/notifications/notifier.ts';
import { FREELANCER_NOT_FOUND } from '../failure-types.ts';
import {
  sendCollectionNotice,
  type CollectionNotice,
  type NoticeReport,
} from './collection-notices.ts';

export interface CollectionActivityDeps {
  readonly db: Database;
  readonly notifier: Notifier;
  /** Null when SMTP is not configured: reminders then go by chat only. */
  readonly mailer: Mailer | null;
  readonly missingReceipts: MissingReceiptsSource;
  readonly logger: Logger;
}

export interface MissingCounts {
  readonly statements: number;
  readonly receipts: number;
}

/** The workflow's view of the month, written for the status, the dashboard and the digest. */
export interface CollectionSnapshot {
  readonly freelancerId: string;
  readonly month: string;
  readonly firmId: string | null;
  readonly state: CollectionState;
  readonly missing: MissingCounts;
  readonly remindersSent: number;
  /** ISO instants from workflow time. */
  readonly askedAt: string | null;
  readonly escalatedAt: string | null;
  readonly completedAt: string | null;
  readonly closedBy: string | null;
  readonly checkedAt: string;
}

/** Everything a month's collection needs from core/: reads, one write, and the notices. */
export function createCollectionActivities(deps: CollectionActivityDeps) {
  const { db, logger } = deps;

  /** The statements (every plan) and justificatifs (FULL plan only) still missing. */
  async function findMissing(
    freelancerId: string,
    month: string,
    plan: CollectionPlan,
  ): Promise<MissingItems> {
    const missing = await deps.missingReceipts.listMissing({ freelancerId, month });
    return plan === 'FULL' ? missing : { ...missing, receipts: [] };
  }

  return {
    async loadCollectionSettings(input: { freelancerId: string }): Promise<CollectionSettings> {
      try {
        return await loadCollectionSettings(db, input.freelancerId);
      } catch (error) {
        if (error instanceof FreelancerNotFoundError) {
          throw ApplicationFailure.nonRetryable(error.message, FREELANCER_NOT_FOUND);
        }
        throw error;
      }
    },

    async checkMissingItems(input: {
      freelancerId: string;
      month: string;
      plan: CollectionPlan;
    }): Promise<MissingCounts> {
      const missing = await findMissing(input.freelancerId, input.month, input.plan);
      return { statements: missing.statements.length, receipts: missing.receipts.length };
    },

    async recordCollectionMonth(snapshot: CollectionSnapshot): Promise<void> {
      const date = (value: string | null) => (value ? new Date(value) : null);
      await saveCollectionRecord(db, {
        freelancerId: snapshot.freelancerId,
        month: snapshot.month,
        firmId: snapshot.firmId,
        state: snapshot.state,
        statementsMissing: snapshot.missing.statements,
        receiptsMissing: snapshot.missing.receipts,
        askedAt: date(snapshot.askedAt),
        remindersSent: snapshot.remindersSent,
        escalatedAt: date(snapshot.escalatedAt),
        completedAt: date(snapshot.completedAt),
        closedBy: snapshot.closedBy,
        checkedAt: new Date(snapshot.checkedAt),
      });
      logger.debug('collection month recorded', {
        freelancerId: snapshot.freelancerId,
        month: snapshot.month,
        state: snapshot.state,
      });
    },

    async sendCollectionNotice(notice: CollectionNotice): Promise<NoticeReport> {
      const settings = await loadCollectionSettings(db, notice.freelancerId);
      const missing = await findMissing(notice.freelancerId, notice.month, settings.plan);
      return sendCollectionNotice({ ...deps, settings, missing }, notice);
    },
  };
}

export type CollectionActivities = ReturnType<typeof createCollectionActivities>;
