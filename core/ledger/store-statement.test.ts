import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import type { CalendarDate } from '../dates/calendar-date.ts';
import { ensureFreelancer } from '../freelancers/ensure-freelancer.ts';
import type {
  ParsedAccount,
  ParsedStatement,
  ParsedTransaction,
} from '../statements/statement-types.ts';
import { AccountNotIdentifiedError } from './resolve-accounts.ts';
import { AmbiguousAccountNameError, storeStatement } from './store-statement.ts';

function row(
  date: string,
  cents: number,
  label: string,
  extra: Partial<ParsedTransaction> = {},
): ParsedTransaction {
  return {
    providerId: null,
    status: 'BOOKED',
    bookingDate: date as CalendarDate,
    valueDate: null,
    operationDate: null,
    amountCents: cents,
    currency: 'EUR',
    rawLabel: label,
    label,
    counterparty: null,
    counterpartyIban: null,
    memo: null,
    line: 1,
    splits: [],
    hints: {},
    ...extra,
  };
}

function statement(
  transactions: ParsedTransaction[],
  account: Partial<ParsedAccount> = {},
): ParsedStatement {
  return {
    format: 'csv',
    variant: 'test',
    encoding: 'utf-8',
    notices: [],
    accounts: [
      {
        ref: '00051234567',
        iban: null,
        bankId: null,
        kind: 'CHECKING',
        name: null,
        currency: 'EUR',
        balances: [],
        transactions,
        ...account,
      },
    ],
  };
}

let test: TestDatabase;
let sequence = 0;

async function freshFreelancer(): Promise<string> {
  sequence += 1;
  const id = `freelancer-${sequence}`;
  await ensureFreelancer(test.db, { id });
  return id;
}

const store = (freelancerId: string, parsed: ParsedStatement) =>
  storeStatement(test.db, {
    freelancerId,
    fileName: 'releve.csv',
    fileSha256: 'a'.repeat(64),
    statement: parsed,
  });

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test.drop();
});

describe('storeStatement', () => {
  it('keeps two identical coffees on the same day as two transactions', async () => {
    const freelancerId = await freshFreelancer();
    const result = await store(
      freelancerId,
      statement([row('2026-09-11', -350, 'CAFE'), row('2026-09-11', -350, 'CAFE')]),
    );
    expect(result.accounts[0]?.newCount).toBe(2);
    expect(await test.db.transaction.count({ where: { account: { freelancerId } } })).toBe(2);
  });

  it('adds nothing when the same statement is imported twice', async () => {
    const freelancerId = await freshFreelancer();
    const rows = [
      row('2026-09-01', 360000, 'VIR RECU'),
      row('2026-09-02', -4200, 'CARTE'),
      row('2026-09-02', -4200, 'CARTE'),
    ];
    await store(freelancerId, statement(rows));
    const again = await store(freelancerId, statement(rows));
    expect(again.accounts[0]).toMatchObject({ newCount: 0, knownCount: 3 });
    expect(await test.db.transaction.count({ where: { account: { freelancerId } } })).toBe(3);
  });

  it('adds only the new rows of an overlapping statement, even when the bank words them differently', async () => {
    const freelancerId = await freshFreelancer();
    await store(
      freelancerId,
      statement([row('2026-09-01', 1000, 'A'), row('2026-09-05', -350, 'CAFE')]),
    );
    const overlap = await store(
      freelancerId,
      statement([
        row('2026-09-05', -350, 'CARTE X4821 CAFE'),
        row('2026-09-05', -350, 'CARTE X4821 CAFE'),
        row('2026-09-09', -2000, 'B'),
      ]),
    );
    // The second coffee of 5 September is new: the first statement had only one.
    expect(overlap.accounts[0]).toMatchObject({ newCount: 2, knownCount: 1 });
  });

  it('lets a booked row supersede the pending row of the same amount', async () => {
    const freelancerId = await freshFreelancer();
    await store(
      freelancerId,
      statement([row('2026-11-20', -15600, 'HOTEL', { status: 'PENDING' })]),
    );
    await store(freelancerId, statement([row('2026-11-22', -15600, 'HOTEL DES TISSERANDS')]));
    const rows = await test.db.transaction.findMany({
      where: { account: { freelancerId } },
      orderBy: { bookingDate: 'asc' },
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]?.status).toBe('PENDING');
    expect(rows[0]?.supersededById).toBe(rows[1]?.id);
  });

  it('stores nothing of a statement whose second account cannot be identified', async () => {
    const freelancerId = await freshFreelancer();
    const parsed: ParsedStatement = {
      ...statement([row('2026-11-02', 1000, 'OK')]),
      accounts: [
        statement([row('2026-11-02', 1000, 'OK')]).accounts[0]!,
        {
          ref: null,
          iban: null,
          bankId: null,
          kind: 'CHECKING',
          name: null,
          currency: 'EUR',
          balances: [],
          transactions: [row('2026-11-03', -500, 'X')],
        },
      ],
    };
    await expect(store(freelancerId, parsed)).rejects.toBeInstanceOf(AccountNotIdentifiedError);
    expect(await test.db.transaction.count({ where: { account: { freelancerId } } })).toBe(0);
    expect(await test.db.account.count({ where: { freelancerId } })).toBe(0);
  });

  it('keeps identical rows sharing a provider id in two accounts apart', async () => {
    const freelancerId = await freshFreelancer();
    const same = row('2026-11-02', 300000, 'TRF', { providerId: 'TRF-2611-0002' });
    const parsed: ParsedStatement = {
      ...statement([]),
      accounts: [
        statement([same]).accounts[0]!,
        { ...statement([same]).accounts[0]!, ref: '00051234599', kind: 'SAVINGS' },
      ],
    };
    const result = await store(freelancerId, parsed);
    expect(result.accounts.map((account) => account.newCount)).toEqual([1, 1]);
    expect(await test.db.account.count({ where: { freelancerId } })).toBe(2);
  });

  it('names with --account only the account the file gives no number, never merging two', async () => {
    const freelancerId = await freshFreelancer();
    const numbered = statement([row('2026-11-02', 1000, 'A')]).accounts[0]!;
    const unnumbered = { ...statement([row('2026-11-03', -500, 'B')]).accounts[0]!, ref: null };
    const result = await storeStatement(test.db, {
      freelancerId,
      fileName: 'two.ofx',
      fileSha256: 'c'.repeat(64),
      accountName: 'Caisse du cabinet',
      statement: { ...statement([]), accounts: [numbered, unnumbered] },
    });
    expect(result.accounts.map((account) => account.name).sort()).toEqual([
      'Caisse du cabinet',
      'Compte pro 4567',
    ]);

    await expect(
      storeStatement(test.db, {
        freelancerId,
        fileName: 'two.ofx',
        fileSha256: 'c'.repeat(64),
        accountName: 'X',
        statement: { ...statement([]), accounts: [unnumbered, { ...unnumbered }] },
      }),
    ).rejects.toBeInstanceOf(AmbiguousAccountNameError);
  });

  it('returns the first result when a store is retried with the same import id', async () => {
    const freelancerId = await freshFreelancer();
    const input = {
      freelancerId,
      fileName: 'r.csv',
      fileSha256: 'd'.repeat(64),
      importId: crypto.randomUUID(),
      statement: statement([row('2026-11-05', -1200, 'X'), row('2026-11-06', 5000, 'Y')]),
    };
    const first = await storeStatement(test.db, input);
    const retried = await storeStatement(test.db, input);
    expect(retried.importId).toBe(first.importId);
    expect(retried.accounts[0]).toMatchObject({ newCount: 2 });
    expect(await test.db.import.count({ where: { freelancerId } })).toBe(1);
  });
});
