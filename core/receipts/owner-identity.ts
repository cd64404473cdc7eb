import type { Database } from '../db/prisma-client.ts';
import type { OwnerIdentity } from './receipt-types.ts';

/**
 * Who the freelancer is on paper: her names (display name and the spellings banks use) and the
 * IBANs of her accounts, so an invoice she issued is read as a recette.
 */
export async function loadOwnerIdentity(
  db: Database,
  freelancerId: string,
): Promise<OwnerIdentity> {
  const freelancer = await db.freelancer.findUnique({
    where: { id: freelancerId },
    select: { displayName: true, ownNames: true, accounts: { select: { iban: true } } },
  });
  if (!freelancer) return { names: [], ibans: [], vatNumbers: [] };
  const names = [freelancer.displayName, ...freelancer.ownNames].filter(
    (name) => name.trim().split(/\s+/).length >= 2,
  );
  const ibans = freelancer.accounts.flatMap((account) => (account.iban ? [account.iban] : []));
  return { names: [...new Set(names)], ibans, vatNumbers: [] };
}
