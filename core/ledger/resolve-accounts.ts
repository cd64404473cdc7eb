import type { AccountKind } from '../db/generated/enums.ts';
import type { Prisma } from '../db/generated/client.ts';
import type { ParsedAccount } from '../statements/statement-types.ts';

export class AccountNotIdentifiedError extends Error {
  readonly code = 'ACCOUNT_NOT_IDENTIFIED';
  constructor(readonly fileName: string) {
    super(
      `${fileName}: the file does not say which account it is (empty account number); ` +
        'import it again with --account NAME.',
    );
  }
}

export interface ResolvedAccount {
  readonly id: string;
  readonly name: string;
  readonly kind: AccountKind;
  readonly created: boolean;
}

function kindOf(parsed: ParsedAccount): AccountKind {
  switch (parsed.kind) {
    case 'DEFERRED_CARD':
      return 'DEFERRED_CARD';
    case 'SAVINGS':
      return 'SAVINGS';
    case 'CHECKING':
    case 'UNKNOWN':
      return 'CHECKING';
  }
}

function defaultName(parsed: ParsedAccount, kind: AccountKind): string {
  const ref = (parsed.ref ?? parsed.iban ?? '').replace(/\s/g, '');
  const suffix = ref.slice(-4);
  const base =
    kind === 'DEFERRED_CARD' ? 'Carte' : kind === 'SAVINGS' ? 'Épargne pro' : 'Compte pro';
  return suffix ? `${base} ${suffix}` : base;
}

/**
 * Finds the ledger account a statement's account is, by its number or IBAN, or by the name the
 * user gave; creates it (active) the first time. Files are imported by the user on purpose, so
 * their accounts are pro accounts.
 */
export async function resolveAccount(
  tx: Prisma.TransactionClient,
  input: { freelancerId: string; fileName: string; parsed: ParsedAccount; accountName?: string },
): Promise<ResolvedAccount> {
  const { freelancerId, parsed } = input;
  const ref = parsed.ref?.replace(/\s/g, '') || null;
  const iban = parsed.iban?.replace(/\s/g, '').toUpperCase() || null;
  const kind = kindOf(parsed);

  if (input.accountName) {
    const existing = await tx.account.findUnique({
      where: { freelancerId_name: { freelancerId, name: input.accountName } },
    });
    if (existing) {
      return { id: existing.id, name: existing.name, kind: existing.kind, created: false };
    }
  } else {
    if (!ref && !iban) throw new AccountNotIdentifiedError(input.fileName);
    const existing = await tx.account.findFirst({
      where: {
        freelancerId,
        OR: [...(ref ? [{ externalRef: ref }] : []), ...(iban ? [{ iban }] : [])],
      },
    });
    if (existing) {
      return { id: existing.id, name: existing.name, kind: existing.kind, created: false };
    }
  }

  const name = input.accountName ?? (await uniqueName(tx, freelancerId, defaultName(parsed, kind)));
  const created = await tx.account.create({
    data: {
      id: crypto.randomUUID(),
      freelancerId,
      name,
      kind,
      externalRef: ref,
      iban,
      currency: parsed.currency,
      active: true,
    },
  });
  return { id: created.id, name: created.name, kind: created.kind, created: true };
}

async function uniqueName(
  tx: Prisma.TransactionClient,
  freelancerId: string,
  base: string,
): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const name = attempt === 1 ? base : `${base} (${attempt})`;
    const taken = await tx.account.findUnique({
      where: { freelancerId_name: { freelancerId, name } },
    });
    if (!taken) return name;
  }
}
