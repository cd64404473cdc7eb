import type { Database } from '../db/prisma-client.ts';
import { freelancerOverviews, type FreelancerOverview } from '../monitoring/freelancer-overview.ts';
import type { WorkflowProblem } from '../monitoring/workflow-problem.ts';

/** Raised when a freelancer id is not one of the staff member's firm (or does not exist). */
export class FreelancerNotInFirmError extends Error {
  readonly code = 'FREELANCER_NOT_IN_FIRM';
  constructor(
    readonly firmId: string,
    readonly freelancerId: string,
  ) {
    super(`freelancer ${freelancerId} is not a client of firm ${firmId}`);
  }
}

export interface FirmFreelancer {
  readonly id: string;
  readonly firmId: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly locale: string;
}

/** The freelancer when it belongs to the firm; every staff read and action starts here. */
export async function findFirmFreelancer(
  db: Database,
  firmId: string,
  freelancerId: string,
): Promise<FirmFreelancer | null> {
  const row = await db.freelancer.findFirst({
    where: { id: freelancerId, firmId },
    select: { id: true, displayName: true, email: true, locale: true },
  });
  return row ? { ...row, firmId } : null;
}

export async function requireFirmFreelancer(
  db: Database,
  firmId: string,
  freelancerId: string,
): Promise<FirmFreelancer> {
  const freelancer = await findFirmFreelancer(db, firmId, freelancerId);
  if (!freelancer) throw new FreelancerNotInFirmError(firmId, freelancerId);
  return freelancer;
}

/** The monitoring line of one of the firm's freelancers (the same rules as the list). */
export async function firmFreelancerOverview(
  db: Database,
  input: {
    firmId: string;
    freelancerId: string;
    now: Date;
    workflowProblems?: readonly WorkflowProblem[];
  },
): Promise<FreelancerOverview | null> {
  const [overview] = await freelancerOverviews(db, input);
  return overview ?? null;
}
