import { randomBytes } from 'node:crypto';
import type { Database } from '../db/prisma-client.ts';
import type { BankRef, PsuType } from './aggregator.ts';

export class AuthorisationStateError extends Error {
  readonly code = 'BANK_AUTHORISATION_STATE_INVALID';
  constructor(
    readonly connectionId: string,
    readonly reason: 'unknown' | 'other-connection' | 'already-used',
  ) {
    super(
      reason === 'already-used'
        ? 'this bank authorisation was already completed; start a new link to try again'
        : `the redirect's state does not belong to connection ${connectionId}; start the link again`,
    );
  }
}

/** A fresh `state` for the bank redirect: unguessable, stored to be accepted once. */
export function newAuthorisationState(): string {
  return randomBytes(18).toString('base64url');
}

export async function recordAuthorisation(
  db: Database,
  input: {
    state: string;
    connectionId: string;
    bank: BankRef;
    psuType: PsuType;
    requestedValidUntil: Date;
  },
): Promise<void> {
  await db.bankAuthorisation.create({
    data: {
      state: input.state,
      connectionId: input.connectionId,
      aspspName: input.bank.name,
      aspspCountry: input.bank.country,
      psuType: input.psuType,
      requestedValidUntil: input.requestedValidUntil,
    },
  });
}

/**
 * Checks that the redirect's `state` was issued for this connection and not used yet. It is
 * marked used only once the session exists (see completeAuthorisationUsed), so that a failed
 * code exchange can be retried.
 */
export async function checkAuthorisation(
  db: Database,
  connectionId: string,
  state: string,
): Promise<void> {
  const row = await db.bankAuthorisation.findUnique({ where: { state } });
  if (!row) throw new AuthorisationStateError(connectionId, 'unknown');
  if (row.connectionId !== connectionId)
    throw new AuthorisationStateError(connectionId, 'other-connection');
  if (row.completedAt) throw new AuthorisationStateError(connectionId, 'already-used');
}

export async function markAuthorisationUsed(db: Database, state: string, at: Date): Promise<void> {
  await db.bankAuthorisation.update({ where: { state }, data: { completedAt: at } });
}

/** The connection a redirect belongs to, from its `state` (the redirect carries no other id). */
export async function connectionOfState(db: Database, state: string): Promise<string | null> {
  const row = await db.bankAuthorisation.findUnique({
    where: { state },
    select: { connectionId: true },
  });
  return row?.connectionId ?? null;
}
