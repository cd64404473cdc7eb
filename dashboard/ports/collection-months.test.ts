import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffMember } from '../../core/staff/staff-accounts.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { NOW, seedFirms, type SeededFirms } from '../test-support/seed-firms.ts';
import { createCollectionMonths, latestMonths } from './collection-months.ts';

let database: TestDatabase;
let seeded: SeededFirms;
let staff: StaffMember;

beforeAll(async () => {
  database = await createTestDatabase();
  seeded = await seedFirms(database.db);
  staff = seeded.staffA;
  await database.db.collectionMonth.create({
    data: {
      freelancerId: seeded.ids.alice,
      month: '2026-10',
      firmId: 'cabinet-a',
      state: 'ESCALATED',
      statementsMissing: 1,
      receiptsMissing: 3,
      remindersSent: 2,
      checkedAt: NOW,
    },
  });
});
afterAll(async () => database?.drop());

describe('months from the monthly collection', () => {
  it('counts months back across a year end', () => {
    expect(latestMonths('2026-02', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });

  it('shows the collection’s state beside the ledger’s counts', async () => {
    const months = await createCollectionMonths({ db: database.db }).listMonths({
      firmId: 'cabinet-a',
      freelancerId: seeded.ids.alice,
      now: NOW,
      count: 3,
    });
    expect(
      months.map((month) => [
        month.month,
        month.status,
        month.transactionCount,
        month.toConfirmCount,
      ]),
    ).toEqual([
      ['2026-11', 'open', 2, 1],
      ['2026-10', 'escalated', 1, 1],
      ['2026-09', 'open', 0, 0],
    ]);
    expect(months[1]).toMatchObject({
      missingReceiptsCount: 3,
      statementReceived: false,
      remindersSent: 2,
    });
  });

  it('closes a running collection through its workflow, and any other month directly', async () => {
    const asked: string[] = [];
    const months = createCollectionMonths({
      db: database.db,
      closeRunning: async ({ month }) => {
        asked.push(month);
        return false;
      },
    });
    await months.closeMonth({ staff, freelancerId: seeded.ids.alice, month: '2026-10', now: NOW });
    await months.closeMonth({ staff, freelancerId: seeded.ids.alice, month: '2026-10', now: NOW });
    expect(asked).toEqual(['2026-10']);
    const record = await database.db.collectionMonth.findUniqueOrThrow({
      where: { freelancerId_month: { freelancerId: seeded.ids.alice, month: '2026-10' } },
    });
    expect(record).toMatchObject({ state: 'CLOSED', closedBy: staff.id });

    const byWorkflow = createCollectionMonths({ db: database.db, closeRunning: async () => true });
    await byWorkflow.closeMonth({
      staff,
      freelancerId: seeded.ids.alice,
      month: '2026-09',
      now: NOW,
    });
    const untouched = await database.db.collectionMonth.findUnique({
      where: { freelancerId_month: { freelancerId: seeded.ids.alice, month: '2026-09' } },
    });
    expect(untouched).toBeNull();
  });

  it('refuses to close a month of another firm’s freelancer', async () => {
    const months = createCollectionMonths({ db: database.db });
    await expect(
      months.closeMonth({
        staff: seeded.staffB,
        freelancerId: seeded.ids.alice,
        month: '2026-08',
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'FREELANCER_NOT_IN_FIRM' });
  });
});
