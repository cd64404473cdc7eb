import type { Database } from '../db/prisma-client.ts';

export interface FreelancerProfile {
  readonly id: string;
  readonly displayName?: string;
  readonly email?: string;
  /** Names and IBANs of the owner's personal accounts (apport / prélèvement personnel). */
  readonly ownNames?: readonly string[];
  readonly ownIbans?: readonly string[];
  readonly firmId?: string;
}

/** Creates the freelancer the first time; later calls only add what is given. */
export async function ensureFreelancer(db: Database, profile: FreelancerProfile) {
  const existing = await db.freelancer.findUnique({ where: { id: profile.id } });
  if (!existing) {
    return db.freelancer.create({
      data: {
        id: profile.id,
        displayName: profile.displayName ?? profile.id,
        email: profile.email ?? null,
        ownNames: [...(profile.ownNames ?? [])],
        ownIbans: (profile.ownIbans ?? []).map(normaliseIban),
        firmId: profile.firmId ?? null,
      },
    });
  }
  const ownNames = union(existing.ownNames, profile.ownNames ?? []);
  const ownIbans = union(existing.ownIbans, (profile.ownIbans ?? []).map(normaliseIban));
  return db.freelancer.update({
    where: { id: profile.id },
    data: {
      ownNames,
      ownIbans,
      ...(profile.displayName ? { displayName: profile.displayName } : {}),
      ...(profile.email ? { email: profile.email } : {}),
      ...(profile.firmId ? { firmId: profile.firmId } : {}),
    },
  });
}

export function normaliseIban(iban: string): string {
  return iban.replace(/\s/g, '').toUpperCase();
}

function union(current: readonly string[], added: readonly string[]): string[] {
  return [...new Set([...current, ...added])];
}
