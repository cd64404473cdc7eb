import { randomUUID } from 'node:crypto';
import type { ConnectionState } from '../db/generated/enums.ts';
import type { Database } from '../db/prisma-client.ts';
import type { BankRef } from './aggregator.ts';

export class ConnectionNotFoundError extends Error {
  readonly code = 'CONNECTION_NOT_FOUND';
  constructor(readonly connectionId: string) {
    super(`no bank connection ${connectionId}`);
  }
}

/** A new aggregator connection, waiting for the person to authenticate at the bank. */
export async function createBankConnection(
  db: Database,
  input: { freelancerId: string; bank: BankRef },
): Promise<string> {
  const id = randomUUID();
  await db.connection.create({
    data: {
      id,
      freelancerId: input.freelancerId,
      provider: 'ENABLE_BANKING',
      state: 'PENDING_AUTH',
      label: input.bank.name,
      aspspName: input.bank.name,
      aspspCountry: input.bank.country,
    },
  });
  return id;
}

export async function getBankConnection(db: Database, connectionId: string) {
  const connection = await db.connection.findUnique({
    where: { id: connectionId },
    include: { freelancer: { select: { id: true, email: true, firmId: true, displayName: true } } },
  });
  if (!connection) throw new ConnectionNotFoundError(connectionId);
  return connection;
}

export async function setConnectionState(
  db: Database,
  connectionId: string,
  state: ConnectionState,
  lastError: string | null = null,
): Promise<void> {
  await db.connection.update({ where: { id: connectionId }, data: { state, lastError } });
}

/**
 * Chooses which of a connection's accounts are synced and counted: the pro account and its
 * deferred-debit card, never a personal account. The others stay known but untouched.
 */
export async function setActiveAccounts(
  db: Database,
  input: { connectionId: string; activeAccountIds: readonly string[] },
): Promise<void> {
  await db.$transaction([
    db.account.updateMany({
      where: { connectionId: input.connectionId, id: { notIn: [...input.activeAccountIds] } },
      data: { active: false },
    }),
    db.account.updateMany({
      where: { connectionId: input.connectionId, id: { in: [...input.activeAccountIds] } },
      data: { active: true },
    }),
  ]);
}
