import { generateKeyPairSync } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  followBankPage,
  linkThroughStandIn,
  STANDIN_APP_ID,
  STANDIN_REDIRECT_URL,
  startStandInHarness,
  type StandInHarness,
} from '../../../standins/enable-banking/standin-harness.ts';
import { FAITHFUL, type BankRow } from '../../../standins/enable-banking/standin-types.ts';
import {
  ConsentExpiredError,
  ConsentRevokedError,
  PermanentAggregatorError,
  RateLimitedError,
  TransientAggregatorError,
  UserActionRequiredError,
} from '../aggregator-errors.ts';
import type { CalendarDate } from '../../dates/calendar-date.ts';
import { createEnableBankingAggregator } from './enable-banking-aggregator.ts';
import { createEbHttp } from './eb-http.ts';
import { ebAuthResponseSchema } from './eb-schemas.ts';

let harness: StandInHarness;
const from = '2026-10-01' as CalendarDate;

beforeAll(async () => {
  harness = await startStandInHarness();
});
afterAll(async () => {
  await harness.stop();
});
afterEach(() => {
  Object.assign(harness.standIn.state.switches, FAITHFUL);
  harness.standIn.state.dailyCalls.clear();
  harness.setNow(null);
});

const proAccount = async () => {
  const session = await linkThroughStandIn(harness);
  const pro = session.accounts.find((account) => account.iban?.endsWith('1111'));
  return { session, uid: pro!.providerAccountId };
};

const row = (
  ref: string,
  date: string,
  amount: string,
  indicator: 'CRDT' | 'DBIT' = 'DBIT',
): BankRow => ({
  ref,
  status: 'BOOK',
  amount,
  indicator,
  bookingDate: date,
  valueDate: date,
  transactionDate: null,
  remittance: [`PRLV SEPA FOURNISSEUR ${ref}`],
});

describe('Enable Banking client against the stand-in', () => {
  it('signs every call RS256 with kid = application id, and is refused with another key', async () => {
    await expect(harness.aggregator.getApplication()).resolves.toMatchObject({
      redirectUrls: [STANDIN_REDIRECT_URL],
    });
    const stranger = createEnableBankingAggregator({
      baseUrl: harness.standIn.url,
      applicationId: STANDIN_APP_ID,
      privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
      clock: () => new Date(),
    });
    await expect(stranger.getApplication()).rejects.toBeInstanceOf(PermanentAggregatorError);
    const wrongApp = createEnableBankingAggregator({
      baseUrl: harness.standIn.url,
      applicationId: 'another-app',
      privateKey: harness.privateKey,
      clock: () => new Date(),
    });
    await expect(wrongApp.getApplication()).rejects.toMatchObject({ status: 401 });
  });

  it('finds French banks by name whatever the accents and case', async () => {
    const found = await harness.aggregator.listBanks({ country: 'FR', search: 'SOCIETE générale' });
    expect(found.map((bank) => bank.name)).toEqual(['Société Générale']);
    const credit = await harness.aggregator.listBanks({ country: 'fr', search: 'credit' });
    expect(credit.map((bank) => bank.name)).toEqual(['Crédit Agricole']);
    const all = await harness.aggregator.listBanks({ country: 'FR' });
    expect(all.every((bank) => bank.country === 'FR')).toBe(true);
    expect(all.find((bank) => bank.name === 'BoursoBank')?.maximumConsentSeconds).toBe(15_552_000);
  });

  it('asks for the bank maximum consent minus a day, where the maximum itself is refused (B09)', async () => {
    const now = new Date('2026-11-10T08:00:00.000Z');
    harness.setNow(now);
    const start = await harness.aggregator.startAuthorisation({
      bank: { name: 'Banque Quatre-Vingt-Dix', country: 'FR' },
      psuType: 'personal',
      state: 's',
      redirectUrl: STANDIN_REDIRECT_URL,
    });
    expect(start.validUntil.getTime() - now.getTime()).toBe((7_776_000 - 86_400) * 1000);

    const http = createEbHttp({
      baseUrl: harness.standIn.url,
      applicationId: STANDIN_APP_ID,
      privateKey: harness.privateKey,
      clock: () => now,
    });
    const atTheLimit = http({
      method: 'POST',
      path: '/auth',
      operation: 'POST /auth',
      body: {
        access: { valid_until: new Date(now.getTime() + 7_776_000_000).toISOString() },
        aspsp: { name: 'Banque Quatre-Vingt-Dix', country: 'FR' },
        state: 's',
        redirect_url: STANDIN_REDIRECT_URL,
        psu_type: 'personal',
      },
      schema: ebAuthResponseSchema,
    });
    await expect(atTheLimit).rejects.toMatchObject({
      providerCode: 'WRONG_REQUEST_PARAMETERS',
      status: 422,
    });
  });

  it('links through the bank page: redirect with code and state, session with the accounts', async () => {
    const start = await harness.aggregator.startAuthorisation({
      bank: { name: 'Société Générale', country: 'FR' },
      psuType: 'business',
      state: 'state-42',
      redirectUrl: STANDIN_REDIRECT_URL,
    });
    const back = await followBankPage(start.url);
    expect(back.state).toBe('state-42');
    const session = await harness.aggregator.completeAuthorisation(back.code);
    expect(session.validUntil.getTime()).toBe(start.validUntil.getTime());
    expect(
      session.accounts.map((account) => [
        account.kind,
        account.usage,
        account.iban?.slice(-4) ?? null,
      ]),
    ).toEqual([
      ['CHECKING', 'BUSINESS', '1111'],
      ['DEFERRED_CARD', 'BUSINESS', null],
      ['CHECKING', 'PERSONAL', '2222'],
    ]);
    await expect(harness.aggregator.completeAuthorisation(back.code)).rejects.toMatchObject({
      providerCode: 'EXPIRED_AUTHORIZATION_CODE',
    });
  });

  it('turns unsigned amounts and CRDT/DBIT into signed cents, card texts cleaned, raw kept', async () => {
    const { uid } = await proAccount();
    const fetched = await harness.aggregator.fetchTransactions(uid, { dateFrom: from });
    const byRef = new Map(fetched.transactions.map((t) => [t.providerId, t]));
    expect(byRef.get('SG-0001')).toMatchObject({
      amountCents: 150_000,
      counterparty: 'CLIENT SARL',
      status: 'BOOKED',
    });
    expect(byRef.get('SG-0002')?.amountCents).toBe(-2_990);
    expect(byRef.get('SG-0003')).toMatchObject({
      amountCents: -350,
      rawLabel: 'CARTE 03/11/26 CAFE DU COIN CB*1234',
      operationDate: '2026-11-03',
    });
    expect(byRef.get('SG-0003')?.label).not.toContain('CB*1234');
  });

  it('resends the same date_from and date_to with every continuation key, and gets every page (B10)', async () => {
    const { uid } = await proAccount();
    const fetched = await harness.aggregator.fetchTransactions(uid, {
      dateFrom: from,
      dateTo: '2026-11-30' as CalendarDate,
    });
    expect(fetched).toMatchObject({ complete: true, stop: 'LAST_PAGE', pages: 3 });
    expect(fetched.transactions).toHaveLength(5);
    const calls = harness.standIn.state.calls.filter((call) =>
      call.path.endsWith(`${uid}/transactions`),
    );
    expect(calls.every((call) => call.status === 200)).toBe(true);
    expect(calls.map((call) => [call.query.date_from, call.query.date_to])).toEqual(
      Array(3).fill(['2026-10-01', '2026-11-30']),
    );
    expect(calls.slice(1).every((call) => call.query.continuation_key)).toBe(true);
  });

  it('stops on a repeated continuation key and keeps the rows once (B11)', async () => {
    harness.standIn.state.switches.repeatedKey = true;
    const { uid } = await proAccount();
    const fetched = await harness.aggregator.fetchTransactions(uid, { dateFrom: from });
    expect(fetched).toMatchObject({ complete: false, stop: 'REPEATED_KEY' });
    expect(fetched.transactions.map((t) => t.providerId)).toEqual(['SG-0001', 'SG-0002']);
  });

  it('stops on an empty page that still has a key, marked incomplete (B12)', async () => {
    harness.standIn.state.switches.emptyPageWithKey = true;
    const { uid } = await proAccount();
    const fetched = await harness.aggregator.fetchTransactions(uid, { dateFrom: from });
    expect(fetched).toMatchObject({ complete: false, stop: 'EMPTY_PAGE_WITH_KEY', pages: 2 });
    expect(fetched.transactions).toHaveLength(2);
  });

  it('takes pending rows with no date and no reference, dated the fetch day, without an id (B13)', async () => {
    harness.setNow(new Date('2026-11-06T10:00:00Z'));
    harness.standIn.state.switches.pendingNullDates = true;
    const { uid } = await proAccount();
    const fetched = await harness.aggregator.fetchTransactions(uid, { dateFrom: from });
    const pending = fetched.transactions.filter((t) => t.status === 'PENDING');
    expect(pending).toEqual([
      expect.objectContaining({ providerId: null, bookingDate: '2026-11-06', amountCents: -4_200 }),
    ]);
  });

  it('never takes entry_reference "0" or a positional reference for an id (B13)', async () => {
    harness.standIn.state.switches.entryReferenceZero = true;
    const { uid } = await proAccount();
    const zero = await harness.aggregator.fetchTransactions(uid, { dateFrom: from });
    expect(zero.transactions.map((t) => t.providerId)).toEqual([null, null, null, null, null]);

    Object.assign(harness.standIn.state.switches, {
      entryReferenceZero: false,
      positionalEntryReference: true,
    });
    harness.standIn.state.dailyCalls.clear();
    const positional = await harness.aggregator.fetchTransactions(uid, { dateFrom: from });
    expect(positional.transactions.every((t) => t.providerId === null)).toBe(true);
  });

  it('classifies an ended consent, a revoked one and a bank asking for the person', async () => {
    const { session, uid } = await proAccount();
    harness.setNow(new Date(session.validUntil.getTime() + 1000));
    await expect(
      harness.aggregator.fetchTransactions(uid, { dateFrom: from }),
    ).rejects.toBeInstanceOf(ConsentExpiredError);
    harness.setNow(null);

    harness.standIn.state.switches.psuActionRequired = true;
    await expect(harness.aggregator.fetchBalances(uid)).rejects.toBeInstanceOf(
      UserActionRequiredError,
    );
    harness.standIn.state.switches.psuActionRequired = false;

    harness.standIn.state.switches.bankDown = true;
    await expect(harness.aggregator.fetchBalances(uid)).rejects.toBeInstanceOf(
      TransientAggregatorError,
    );
    harness.standIn.state.switches.bankDown = false;

    harness.standIn.state.switches.revoked = true;
    await expect(harness.aggregator.fetchBalances(uid)).rejects.toBeInstanceOf(ConsentRevokedError);
    await expect(harness.aggregator.getSessionStatus(session.sessionId)).resolves.toBe('REVOKED');
  });

  it('is rate limited after 4 pulls a day and told to come back at the next Paris midnight (B02)', async () => {
    harness.setNow(new Date('2026-11-10T14:00:00Z'));
    const { uid } = await proAccount();
    for (let pull = 0; pull < 4; pull += 1)
      await harness.aggregator.fetchTransactions(uid, { dateFrom: from });
    const refused = harness.aggregator.fetchTransactions(uid, { dateFrom: from });
    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refused).rejects.toMatchObject({ retryAt: new Date('2026-11-10T23:00:00Z') });
  });

  it('revokes the session at the aggregator, and a second revoke is not an error', async () => {
    const { session, uid } = await proAccount();
    await harness.aggregator.revokeSession(session.sessionId);
    await expect(harness.aggregator.getSessionStatus(session.sessionId)).resolves.toBe('CLOSED');
    await expect(harness.aggregator.fetchBalances(uid)).rejects.toBeInstanceOf(ConsentRevokedError);
    await expect(harness.aggregator.revokeSession(session.sessionId)).resolves.toBeUndefined();
  });

  it('uses the ids of the row the bank lists, the pending id differing from the booked one', async () => {
    const { uid } = await proAccount();
    const account = harness.standIn.state.accounts[0]!;
    account.rows.push(row('SG-0100', '2026-11-07', '10.00'));
    const fetched = await harness.aggregator.fetchTransactions(uid, { dateFrom: from });
    expect(fetched.transactions.find((t) => t.status === 'PENDING')?.providerId).toBe('P-SG-0005');
    expect(fetched.transactions.at(-1)?.providerId).toBe('SG-0100');
    account.rows.pop();
  });
});
