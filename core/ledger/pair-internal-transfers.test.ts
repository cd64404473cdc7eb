import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { readFixture } from '../../test/fixtures.ts';
import { ensureFreelancer } from '../freelancers/ensure-freelancer.ts';
import { readStatement } from '../statements/read-statement.ts';
import { categoriseTransactions } from './categorise-transactions.ts';
import { pairInternalTransfers } from './pair-internal-transfers.ts';
import { storeStatement } from './store-statement.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test.drop();
});

async function importFixture(freelancerId: string, fixture: string) {
  const parsed = readStatement(readFixture(fixture), fixture);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const stored = await storeStatement(test.db, {
    freelancerId,
    fileName: fixture,
    fileSha256: 'e'.repeat(64),
    statement: parsed.value,
  });
  await categoriseTransactions(test.db, { importId: stored.importId }, { threshold: 70 });
}

describe('pairInternalTransfers', () => {
  it('pairs the transfer between the checking and savings accounts of one file (FITID TRF-2611-0002)', async () => {
    await ensureFreelancer(test.db, { id: 'two-accounts' });
    await importFixture('two-accounts', 'statements/ofx/ofx102_two-accounts_shared-fitid.ofx');
    expect(await pairInternalTransfers(test.db, 'two-accounts')).toBe(1);
    const legs = await test.db.transaction.findMany({ where: { providerId: 'TRF-2611-0002' } });
    expect(legs).toHaveLength(2);
    expect(legs.map((leg) => leg.categoryCode)).toEqual(['VIREMENT_INTERNE', 'VIREMENT_INTERNE']);
    expect(legs.every((leg) => !leg.toConfirm)).toBe(true);
  });

  it('does not pair a credit booked before its debit (B27: −500 on 7 Jan, +500 on 3 Jan)', async () => {
    await ensureFreelancer(test.db, { id: 'b27' });
    const make = (id: string, name: string) =>
      test.db.account.create({ data: { id, freelancerId: 'b27', name, kind: 'CHECKING' } });
    await make('b27-a', 'A');
    await make('b27-b', 'B');
    const base = {
      fingerprint: 'f',
      occurrence: 0,
      status: 'BOOKED' as const,
      currency: 'EUR',
      rawLabel: 'VIR',
      label: 'VIR',
      toConfirm: true,
    };
    await test.db.transaction.createMany({
      data: [
        {
          ...base,
          id: 'b27-debit',
          accountId: 'b27-a',
          bookingDate: new Date('2027-01-07T00:00:00Z'),
          amountCents: -50000n,
        },
        {
          ...base,
          id: 'b27-credit',
          accountId: 'b27-b',
          bookingDate: new Date('2027-01-03T00:00:00Z'),
          amountCents: 50000n,
        },
      ],
    });
    expect(await pairInternalTransfers(test.db, 'b27')).toBe(0);
    const rows = await test.db.transaction.findMany({
      where: { accountId: { in: ['b27-a', 'b27-b'] } },
    });
    expect(rows.every((row) => row.toConfirm && row.categoryCode === null)).toBe(true);
  });
});
