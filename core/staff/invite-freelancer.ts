import { createInvitation } from '../conversation/chat-identities.ts';
import type { Database } from '../db/prisma-client.ts';
import { ensureFreelancer } from '../freelancers/ensure-freelancer.ts';
import { requireFirmFreelancer } from './firm-scope.ts';
import type { StaffMember } from './staff-accounts.ts';
import { recordStaffAction } from './staff-actions.ts';

export const INVITATION_DAYS = 30;

export interface Invitation {
  readonly freelancerId: string;
  readonly displayName: string;
  /** The code the freelancer sends to the bot; shown to staff once, never logged. */
  readonly code: string;
  readonly expiresAt: Date;
}

/**
 * Invites a freelancer to the firm: a new one (by name) or an existing client who needs a fresh
 * code. The code is the chat bots' invitation (core/conversation/chat-identities.ts).
 */
export async function inviteFreelancer(
  db: Database,
  input: { staff: StaffMember; now: Date } & (
    | { readonly freelancerId: string }
    | { readonly displayName: string; readonly email: string | null }
  ),
): Promise<Invitation> {
  const freelancer =
    'freelancerId' in input
      ? await requireFirmFreelancer(db, input.staff.firmId, input.freelancerId)
      : await ensureFreelancer(db, {
          id: crypto.randomUUID(),
          displayName: input.displayName,
          firmId: input.staff.firmId,
          ...(input.email ? { email: input.email } : {}),
        });

  const code = await createInvitation(db, {
    role: 'FREELANCER',
    freelancerId: freelancer.id,
    firmId: input.staff.firmId,
    now: input.now,
    days: INVITATION_DAYS,
  });
  const expiresAt = new Date(input.now.getTime() + INVITATION_DAYS * 86_400_000);
  await recordStaffAction(db, {
    firmId: input.staff.firmId,
    staffId: input.staff.id,
    freelancerId: freelancer.id,
    record: { kind: 'INVITE', expiresAt: expiresAt.toISOString() },
    now: input.now,
  });
  return { freelancerId: freelancer.id, displayName: freelancer.displayName, code, expiresAt };
}
