import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  followBankPage,
  STANDIN_REDIRECT_URL,
  startStandInHarness,
  type StandInHarness,
} from '../../standins/enable-banking/standin-harness.ts';
import type { BankRow } from '../../standins/enable-banking/standin-types.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { ensureFreelancer } from '../freelancers/ensure-freelancer.ts';
import { silentLogger } from '../logging/logger.ts';
import { createBankConnection, setActiveAccounts } from './bank-connections.ts';
import { completeBankLink, startBankLink, type BankLinkDeps } from './bank-link.ts';
import { syncConnection, type SyncOutcome } from './sync-connection.ts';

let test: TestDatabase;
let harness: StandInHarness;
let deps: BankLinkDeps;
let connectionId: string;
let sequence = 0;

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test.drop();
});
beforeEach(async () => {
  harness = await startStandInHarness({ switches: { dailyCallLimit: null } });
  harness.setNow(new Date('2026-11-10T09:00:00Z'));
  deps = {
    db: test.db,
    aggregator: harness.aggregator,
    clock: harness.now,
    logger: silentLogger,
    redirectUrl: STANDIN_REDIRECT_URL,
  };
  sequence += 1;
  const freelancerId = `freelancer-${sequence}`;
  await ensureFreelancer(test.db, { id: freelancerId });
  connectionId = await createBankConnection(test.db, {
    freelancerId,
    bank: { name: 'Société Générale', country: 'FR' },
  });
});
afterEach(async () => {
  await harness.stop();
});

async function link(
  activate: (name: string) => boolean = (name) => name.startsWith('Compte professionnel'),
) {
  const start = await startBankLink(deps, { connectionId });
  const back = await followBankPage(start.url);
  const linked = await completeBankLink(deps, { connectionId, ...back });
  const active = linked.accounts.filter((account) => activate(account.name) || account.active);
  await setActiveAccounts(test.db, {
    connectionId,
    activeAccountIds: active.map((account) => account.accountId),
  });
  return linked;
}

const sync = () => syncConnection({ ...deps, clock: harness.now }, connectionId);
const rowsInBooks = () =>
  test.db.transaction.findMany({
    where: { account: { connectionId }, supersededById: null },
    orderBy: [{ bookingDate: 'asc' }, { amountCents: 'asc' }],
  });
const proCursor = async () => {
  const account = await test.db.account.findFirstOrThrow({ where: { connectionId, active: true } });
  return test.db.bankAccountSync.findUniqueOrThrow({ where: { accountId: account.id } });
};
const proRows = () => harness.standIn.state.accounts[0]!.rows;
const bankRow = (
  ref: string,
  date: string,
  amount: string,
  extra: Partial<BankRow> = {},
): BankRow => ({
  ref,
  status: 'BOOK',
  amount,
  indicator: 'DBIT',
  bookingDate: date,
  valueDate: date,
  transactionDate: null,
  remittance: [`PRLV SEPA ${ref}`],
  ...extra,
});

describe('syncConnection against the Enable Banking stand-in', () => {
  it('fetches only the accounts the person activated (B03)', async () => {
    const linked = await link();
    expect(linked.accounts.map((account) => account.active)).toEqual([false, false, false]);
    const outcome = await sync();
    expect(outcome).toMatchObject({
      kind: 'SYNCED',
      syncedAccounts: 1,
      newCount: 4,
      pendingCount: 1,
    });
    const touched = new Set(
      harness.standIn.state.calls
        .filter((call) => call.path.startsWith('/accounts/'))
        .map((call) => call.path.split('/')[2]),
    );
    expect(touched.size).toBe(1);
  });

  it('adds nothing when the next sync repeats the same rows, and keeps two identical coffees', async () => {
    await link();
    await sync();
    const again = await sync();
    expect(again).toMatchObject({ kind: 'SYNCED', newCount: 0, pendingCount: 0, importId: null });
    const coffees = (await rowsInBooks()).filter((row) => row.amountCents === -350n);
    expect(coffees).toHaveLength(2);
  });

  it('replaces the pending row by its booked row, whose id is new (B04)', async () => {
    await link();
    await sync();
    Object.assign(proRows()[4]!, {
      status: 'BOOK',
      bookingDate: '2026-11-07',
      valueDate: '2026-11-07',
    });
    const outcome = await sync();
    expect(outcome).toMatchObject({ newCount: 1, pendingCount: 0 });
    const sncf = (await rowsInBooks()).filter((row) => row.amountCents === -4_200n);
    expect(sncf).toEqual([expect.objectContaining({ status: 'BOOKED', providerId: 'SG-0005' })]);
    const superseded = await test.db.transaction.count({
      where: { account: { connectionId }, supersededById: { not: null } },
    });
    expect(superseded).toBe(1);
  });

  it('stores once a booked row that comes back with new ids at every sync (B14)', async () => {
    harness.standIn.state.switches.idChurn = true;
    await link();
    for (let day = 10; day < 14; day += 1) {
      harness.setNow(new Date(`2026-11-${day}T09:00:00Z`));
      await sync();
    }
    expect(await rowsInBooks()).toHaveLength(5);
  });

  it('takes an id seen again with another amount as a new transaction (B06)', async () => {
    await link();
    await sync();
    proRows().push(bankRow('SG-0002', '2026-11-08', '75.00'));
    expect(await sync()).toMatchObject({ newCount: 1 });
    const withId = (await rowsInBooks()).filter((row) => row.providerId === 'SG-0002');
    expect(withId.map((row) => row.amountCents)).toEqual([-2_990n, -7_500n]);
  });

  it('keeps the same provider id on two accounts as two transactions (B05)', async () => {
    harness.standIn.state.accounts[1]!.rows.push(bankRow('SG-0001', '2026-11-02', '64.10'));
    await link((name) => name.startsWith('Compte professionnel') || name.startsWith('Carte'));
    expect(await sync()).toMatchObject({ syncedAccounts: 2, newCount: 5 });
    const same = await test.db.transaction.findMany({
      where: { providerId: 'SG-0001', account: { connectionId } },
    });
    expect(same.map((row) => row.amountCents).sort()).toEqual([-6_410n, 150_000n]);
  });

  it('neither duplicates nor merges rows when positional references are renumbered', async () => {
    harness.standIn.state.switches.positionalEntryReference = true;
    await link();
    await sync();
    // A late row takes position 0 of 4 November: both coffees move to -1 and -2.
    proRows().splice(2, 0, bankRow('SG-0099', '2026-11-04', '12.00'));
    expect(await sync()).toMatchObject({ newCount: 1 });
    expect((await rowsInBooks()).map((row) => Number(row.amountCents))).toEqual([
      150_000, -2_990, -1_200, -350, -350, -4_200,
    ]);
  });

  it('keeps pending rows with entry_reference "0" apart, and does not add them again (B13)', async () => {
    harness.standIn.state.switches.entryReferenceZero = true;
    const pending = (amount: string) =>
      bankRow(`PD-${amount}`, '', amount, {
        status: 'PDNG',
        bookingDate: null,
        valueDate: null,
        transactionDate: '2026-11-09',
      });
    proRows().push(pending('8.00'), pending('8.00'), pending('15.00'));
    await link();
    expect(await sync()).toMatchObject({ pendingCount: 4 });
    expect(await sync()).toMatchObject({ newCount: 0, pendingCount: 0 });
  });

  it('does not add a dateless pending row again when the next day sync dates it anew (B13)', async () => {
    harness.standIn.state.switches.pendingNullDates = true;
    await link();
    await sync();
    harness.setNow(new Date('2026-11-11T09:00:00Z'));
    expect(await sync()).toMatchObject({ newCount: 0, pendingCount: 0 });
    const pending = (await rowsInBooks()).filter((row) => row.status === 'PENDING');
    expect(pending).toHaveLength(1);
  });

  it('pulls an account at most 4 times a Paris day, counted in the database', async () => {
    await link();
    const outcomes: SyncOutcome[] = [];
    for (let pull = 0; pull < 5; pull += 1) outcomes.push(await sync());
    expect(outcomes.slice(0, 4).every((outcome) => outcome.kind === 'SYNCED')).toBe(true);
    expect(outcomes[4]).toEqual({ kind: 'BUDGET_SPENT', retryAt: '2026-11-10T23:00:00.000Z' });
    const calls = harness.standIn.state.calls.filter((call) => call.path.endsWith('/transactions'));
    expect(calls.filter((call) => !call.query.continuation_key)).toHaveLength(4);
    harness.setNow(new Date('2026-11-10T23:30:00Z'));
    expect(await sync()).toMatchObject({ kind: 'SYNCED' });
  });

  it('returns the retry time of a rate limit and leaves the sync cursor where it was (B02)', async () => {
    await link();
    await sync();
    const cursor = await proCursor();
    harness.setNow(new Date('2026-11-12T09:00:00Z'));
    harness.standIn.state.switches.dailyCallLimit = 0;
    expect(await sync()).toEqual({ kind: 'RATE_LIMITED', retryAt: '2026-11-12T23:00:00.000Z' });
    const after = await test.db.bankAccountSync.findUniqueOrThrow({
      where: { accountId: cursor.accountId },
    });
    expect(after.syncedThrough).toEqual(cursor.syncedThrough);
    expect(after.retryAt?.toISOString()).toBe('2026-11-12T23:00:00.000Z');
  });

  it('leaves the cursor where it was after an incomplete fetch, and reads the window again (B12)', async () => {
    harness.standIn.state.switches.emptyPageWithKey = true;
    await link();
    expect(await sync()).toMatchObject({ kind: 'SYNCED', partialAccounts: 1, newCount: 2 });
    expect((await proCursor()).syncedThrough).toBeNull();
    harness.standIn.state.switches.emptyPageWithKey = false;
    expect(await sync()).toMatchObject({ partialAccounts: 0, newCount: 2, pendingCount: 1 });
    expect((await proCursor()).syncedThrough).toEqual(new Date('2026-11-10T00:00:00Z'));
  });

  it('maps a renewed consent back onto the same ledger accounts by IBAN, without duplicates', async () => {
    const first = await link();
    await sync();
    const renewed = await link(() => false);
    expect(renewed.accounts.map((account) => account.accountId)).toEqual(
      first.accounts.map((a) => a.accountId),
    );
    expect(renewed.accounts.map((account) => account.active)).toEqual([true, false, false]);
    expect(await sync()).toMatchObject({ kind: 'SYNCED', newCount: 0 });
    const sessions = [...harness.standIn.state.sessions.values()];
    expect(sessions.map((session) => session.closed)).toEqual([true, false]);
  });

  it('syncs into the account first imported from files, recognised by its account number', async () => {
    const connection = await test.db.connection.findUniqueOrThrow({ where: { id: connectionId } });
    const fromFiles = await test.db.account.create({
      data: {
        id: `files-${sequence}`,
        freelancerId: connection.freelancerId,
        name: 'Compte pro',
        kind: 'CHECKING',
        externalRef: '11111111111',
        active: true,
      },
    });
    const linked = await link(() => false);
    expect(linked.accounts[0]).toMatchObject({
      accountId: fromFiles.id,
      created: false,
      active: true,
    });
    expect(await sync()).toMatchObject({ syncedAccounts: 1, newCount: 4 });
  });

  it('reports an ended consent instead of throwing', async () => {
    const linked = await link();
    harness.setNow(new Date(Date.parse(linked.validUntil) + 60_000));
    expect(await sync()).toEqual({ kind: 'CONSENT_EXPIRED' });
  });
});
