import type { Database } from '../../core/db/prisma-client.ts';

export interface AccountLine {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly bankName: string | null;
  /** The last four characters of the account number or IBAN: enough to tell accounts apart. */
  readonly numberEnd: string | null;
  readonly active: boolean;
  readonly connectionLabel: string | null;
}

/** The freelancer's accounts, active first. The caller has checked the firm. */
export async function freelancerAccounts(
  db: Database,
  freelancerId: string,
): Promise<AccountLine[]> {
  const rows = await db.account.findMany({
    where: { freelancerId },
    select: {
      id: true,
      name: true,
      kind: true,
      bankName: true,
      iban: true,
      externalRef: true,
      active: true,
      connection: { select: { label: true } },
    },
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
  });
  return rows.map((row) => {
    const number = (row.iban ?? row.externalRef ?? '').replace(/\s/g, '');
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      bankName: row.bankName,
      numberEnd: number.length >= 4 ? number.slice(-4) : null,
      active: row.active,
      connectionLabel: row.connection?.label ?? null,
    };
  });
}
