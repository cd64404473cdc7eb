import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import {
  createEnableBankingAggregator,
  type EnableBankingAggregator,
} from '../../core/banking/enable-banking/enable-banking-aggregator.ts';
import type { BankRef, BankSession } from '../../core/banking/aggregator.ts';
import {
  startEnableBankingStandIn,
  type EnableBankingStandIn,
  type StandInOptions,
} from './enable-banking-standin.ts';

export const STANDIN_APP_ID = '5f0c1c5e-0000-4000-8000-00000000a11d';
export const STANDIN_REDIRECT_URL = 'http://127.0.0.1:9/banking/callback';

export interface StandInHarness {
  readonly standIn: EnableBankingStandIn;
  readonly privateKey: KeyObject;
  /** A client of the stand-in; its clock follows the stand-in's. */
  readonly aggregator: EnableBankingAggregator;
  /** The shared clock of client and stand-in; tests move it with `setNow`. */
  now(): Date;
  setNow(now: Date | null): void;
  stop(): Promise<void>;
}

/** A fresh application key pair, a stand-in that trusts it, and a client that uses it. */
export async function startStandInHarness(
  options: Partial<Omit<StandInOptions, 'publicKey' | 'applicationId'>> & {
    /** Drives client and stand-in together (a time-skipping test's clock). */
    clock?: () => Date;
  } = {},
): Promise<StandInHarness> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const standIn = await startEnableBankingStandIn({
    applicationId: STANDIN_APP_ID,
    publicKey,
    redirectUrls: [STANDIN_REDIRECT_URL],
    ...options,
  });
  const { clock } = options;
  // Each signed request reads the clock first: the stand-in then sees the same instant.
  const now = clock
    ? () => {
        const instant = clock();
        standIn.setNow(instant);
        return instant;
      }
    : () => standIn.state.now();
  return {
    standIn,
    privateKey,
    aggregator: createEnableBankingAggregator({
      baseUrl: standIn.url,
      applicationId: STANDIN_APP_ID,
      privateKey,
      clock: now,
    }),
    now,
    setNow: (date) => standIn.setNow(date),
    stop: () => standIn.stop(),
  };
}

/** What the person's browser does: opens the bank page and lands on the redirect. */
export async function followBankPage(url: string): Promise<{ code: string; state: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location)
    throw new Error(`the bank page answered ${response.status}`);
  const back = new URL(location);
  return { code: back.searchParams.get('code') ?? '', state: back.searchParams.get('state') ?? '' };
}

/** Links the stand-in's person through the whole flow and returns the session. */
export async function linkThroughStandIn(
  harness: StandInHarness,
  bank: BankRef = { name: 'Société Générale', country: 'FR' },
): Promise<BankSession> {
  const start = await harness.aggregator.startAuthorisation({
    bank,
    psuType: 'business',
    state: 'test-state',
    redirectUrl: STANDIN_REDIRECT_URL,
  });
  const back = await followBankPage(start.url);
  return harness.aggregator.completeAuthorisation(back.code);
}
