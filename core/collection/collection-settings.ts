import type { Database } from '../db/prisma-client.ts';
import type { CollectionPlan } from './collection-month.ts';

export interface CollectionSettings {
  readonly freelancerId: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly firmId: string | null;
  /** A freelancer without a firm is on the FULL plan: she keeps every justificatif herself. */
  readonly plan: CollectionPlan;
  readonly reminderEveryDays: number;
  readonly escalationAfterDays: number;
  readonly digestEnabled: boolean;
}

export const DEFAULT_REMINDER_EVERY_DAYS = 7;
export const DEFAULT_ESCALATION_AFTER_DAYS = 10;

export class FreelancerNotFoundError extends Error {
  readonly code = 'FREELANCER_NOT_FOUND';
  constructor(readonly freelancerId: string) {
    super(
      `no freelancer "${freelancerId}": create it first (pointage setup, or the staff dashboard)`,
    );
  }
}

/** The freelancer, her firm's plan and the firm's collection settings (defaults when unset). */
export async function loadCollectionSettings(
  db: Database,
  freelancerId: string,
): Promise<CollectionSettings> {
  const freelancer = await db.freelancer.findUnique({
    where: { id: freelancerId },
    include: { firm: { select: { plan: true } } },
  });
  if (!freelancer) throw new FreelancerNotFoundError(freelancerId);
  const firmSettings = freelancer.firmId
    ? await db.firmCollectionSettings.findUnique({ where: { firmId: freelancer.firmId } })
    : null;
  return {
    freelancerId,
    displayName: freelancer.displayName,
    email: freelancer.email,
    firmId: freelancer.firmId,
    plan: freelancer.firm?.plan ?? 'FULL',
    reminderEveryDays: firmSettings?.reminderEveryDays ?? DEFAULT_REMINDER_EVERY_DAYS,
    escalationAfterDays: firmSettings?.escalationAfterDays ?? DEFAULT_ESCALATION_AFTER_DAYS,
    digestEnabled: firmSettings?.digestEnabled ?? true,
  };
}
