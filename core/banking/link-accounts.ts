import { randomUUID } from 'node:crypto';
import type { AccountKind } from '../db/generated/enums.ts';
import type { Database } from '../db/prisma-client.ts';
import type { ParsedAccountKind } from '../statements/statement-types.ts';
import type { ProviderAccount } from './aggregator.ts';

export interface LinkedAccount {
  readonly accountId: string;
  readonly name: string;
  readonly kind: AccountKind;
  readonly active: boolean;
  /** The last 4 characters of the IBAN: enough to recognise it, never the whole number. */
  readonly ibanTail: string | null;
  readonly created: boolean;
}

/**
 * Attaches a new session's accounts to the ledger. The aggregator gives new account ids at every
 * consent, so an account is recognised by its IBAN (a renewal lands on the same ledger account,
 * with its history and its active flag), or by the account number a statement file gave; then
 * by this connection and name for accounts without IBAN (cards). Accounts seen for the first time are created inactive: only the ones the person
 * activates are synced (B03).
 */
export async function linkSessionAccounts(
  db: Database,
  input: {
    connectionId: string;
    freelancerId: string;
    bankName: string;
    accounts: readonly ProviderAccount[];
  },
): Promise<LinkedAccount[]> {
  const linked: LinkedAccount[] = [];
  for (const account of input.accounts) {
    const existing = account.iban
      ? await db.account.findFirst({
          where: {
            freelancerId: input.freelancerId,
            OR: [
              { iban: account.iban },
              { iban: null, externalRef: { in: accountNumbers(account.iban) } },
            ],
          },
        })
      : await db.account.findFirst({
          where: { connectionId: input.connectionId, iban: null, externalRef: account.name ?? '' },
        });
    const data = {
      connectionId: input.connectionId,
      providerAccountId: account.providerAccountId,
      bankName: input.bankName,
    };
    const row = existing
      ? await db.account.update({
          where: { id: existing.id },
          data: { ...data, ...(existing.iban ? {} : { iban: account.iban }) },
        })
      : await db.account.create({
          data: {
            ...data,
            id: randomUUID(),
            freelancerId: input.freelancerId,
            name: await uniqueName(db, input.freelancerId, defaultName(account)),
            kind: kindOf(account.kind),
            iban: account.iban,
            externalRef: account.iban ?? account.name,
            currency: account.currency,
            active: false,
          },
        });
    linked.push({
      accountId: row.id,
      name: row.name,
      kind: row.kind,
      active: row.active,
      ibanTail: row.iban ? row.iban.slice(-4) : null,
      created: !existing,
    });
  }
  return linked;
}

/**
 * How a statement file may have written the account of a French IBAN (FRkk BBBBB GGGGG
 * CCCCCCCCCCC RR): whole, without country and check digits, or the account number with or
 * without its key. An account first imported from files is then synced, not duplicated.
 */
function accountNumbers(iban: string): string[] {
  if (!/^FR\d{2}[0-9A-Z]{23}$/.test(iban)) return [iban];
  return [iban, iban.slice(4), iban.slice(14), iban.slice(14, 25)];
}

function kindOf(kind: ParsedAccountKind): AccountKind {
  switch (kind) {
    case 'DEFERRED_CARD':
      return 'DEFERRED_CARD';
    case 'SAVINGS':
      return 'SAVINGS';
    case 'CHECKING':
    case 'UNKNOWN':
      return 'CHECKING';
  }
}

function defaultName(account: ProviderAccount): string {
  const base = account.name?.trim() || (account.kind === 'DEFERRED_CARD' ? 'Carte' : 'Compte');
  return account.iban ? `${base} ${account.iban.slice(-4)}` : base;
}

async function uniqueName(db: Database, freelancerId: string, base: string): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const name = attempt === 1 ? base : `${base} (${attempt})`;
    const taken = await db.account.findUnique({
      where: { freelancerId_name: { freelancerId, name } },
    });
    if (!taken) return name;
  }
}
