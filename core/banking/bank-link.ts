import type { Database } from '../db/prisma-client.ts';
import type { Logger } from '../logging/logger.ts';
import type { BankAggregator, PsuType } from './aggregator.ts';
import {
  checkAuthorisation,
  markAuthorisationUsed,
  newAuthorisationState,
  recordAuthorisation,
} from './bank-authorisations.ts';
import { getBankConnection } from './bank-connections.ts';
import { linkSessionAccounts, type LinkedAccount } from './link-accounts.ts';

export interface BankLinkDeps {
  readonly db: Database;
  readonly aggregator: BankAggregator;
  readonly clock: () => Date;
  readonly logger: Logger;
  /** Where the bank sends the person back (registered with the aggregator). */
  readonly redirectUrl: string;
}

export interface BankLinkStart {
  readonly url: string;
  readonly requestedValidUntil: string;
}

export interface BankLinkResult {
  readonly validUntil: string;
  readonly accounts: readonly LinkedAccount[];
}

/**
 * Opens a consent for a connection (first link or renewal): the person follows the returned
 * URL to the bank. Business access is asked when the bank offers it, personal otherwise.
 */
export async function startBankLink(
  deps: BankLinkDeps,
  input: { connectionId: string; psuType?: PsuType },
): Promise<BankLinkStart> {
  const connection = await getBankConnection(deps.db, input.connectionId);
  const bank = {
    name: connection.aspspName ?? connection.label,
    country: connection.aspspCountry ?? 'FR',
  };
  const psuType = input.psuType ?? (await preferredPsuType(deps.aggregator, bank));
  const state = newAuthorisationState();
  const start = await deps.aggregator.startAuthorisation({
    bank,
    psuType,
    state,
    redirectUrl: deps.redirectUrl,
  });
  await recordAuthorisation(deps.db, {
    state,
    connectionId: input.connectionId,
    bank,
    psuType,
    requestedValidUntil: start.validUntil,
  });
  deps.logger.info('bank link started', { connectionId: input.connectionId, bank: bank.name });
  return { url: start.url, requestedValidUntil: start.validUntil.toISOString() };
}

/**
 * Completes a link with the redirect's code: the new session's accounts land on the ledger
 * accounts they already were (by IBAN), the consent end is stored, and the session it replaces
 * is closed at the aggregator.
 */
export async function completeBankLink(
  deps: BankLinkDeps,
  input: { connectionId: string; code: string; state: string },
): Promise<BankLinkResult> {
  const { db } = deps;
  await checkAuthorisation(db, input.connectionId, input.state);
  const connection = await getBankConnection(db, input.connectionId);
  const session = await deps.aggregator.completeAuthorisation(input.code);
  const accounts = await linkSessionAccounts(db, {
    connectionId: input.connectionId,
    freelancerId: connection.freelancerId,
    bankName: session.bank.name,
    accounts: session.accounts,
  });
  await db.connection.update({
    where: { id: input.connectionId },
    data: {
      sessionId: session.sessionId,
      consentValidUntil: session.validUntil,
      state: 'ACTIVE',
      lastError: null,
    },
  });
  await markAuthorisationUsed(db, input.state, deps.clock());

  if (connection.sessionId && connection.sessionId !== session.sessionId) {
    await deps.aggregator.revokeSession(connection.sessionId).catch((error: unknown) => {
      deps.logger.warn('previous session not closed', {
        connectionId: input.connectionId,
        error: String(error),
      });
    });
  }
  deps.logger.info('bank link completed', {
    connectionId: input.connectionId,
    accounts: accounts.length,
    validUntil: session.validUntil.toISOString(),
  });
  return { validUntil: session.validUntil.toISOString(), accounts };
}

async function preferredPsuType(
  aggregator: BankAggregator,
  bank: { name: string; country: string },
): Promise<PsuType> {
  const banks = await aggregator.listBanks({ country: bank.country });
  const found = banks.find((candidate) => candidate.name === bank.name);
  return found?.psuTypes.includes('business') ? 'business' : 'personal';
}
