import type { Database } from '../../core/db/prisma-client.ts';
import { createStaffAccount, type StaffMember } from '../../core/staff/staff-accounts.ts';

export const NOW = new Date('2026-11-20T10:00:00Z');
export const PASSWORD = 'correct horse battery staple';

const day = 86_400_000;

export interface SeededFirms {
  readonly staffA: StaffMember;
  readonly staffB: StaffMember;
  /** Firm A's freelancers in the order the list must show them. */
  readonly orderA: readonly string[];
  readonly ids: Readonly<
    Record<'zoe' | 'yann' | 'xavier' | 'wanda' | 'alice' | 'bruno' | 'claire', string>
  >;
  /** Alice's transaction waiting for confirmation. */
  readonly doubtfulTransactionId: string;
}

/**
 * Two firms: A with six freelancers whose connections are broken, expired, expiring in 5 and 10
 * days, fine, or file-only; B with one. Staff passwords hash with a low cost to keep tests quick.
 */
export async function seedFirms(db: Database): Promise<SeededFirms> {
  await db.firm.createMany({
    data: [
      { id: 'cabinet-a', name: 'Cabinet A' },
      { id: 'cabinet-b', name: 'Cabinet B' },
    ],
  });
  const staffA = await createStaffAccount(db, {
    firmId: 'cabinet-a',
    email: 'anne@cabinet-a.fr',
    password: PASSWORD,
    displayName: 'Anne Martin',
    rounds: 4,
  });
  const staffB = await createStaffAccount(db, {
    firmId: 'cabinet-b',
    email: 'bob@cabinet-b.fr',
    password: PASSWORD,
    displayName: 'Bob Durand',
    rounds: 4,
  });

  const people = [
    ['zoe', 'Zoé Lambert', 'cabinet-a', 'BROKEN', 100, 'ENABLE_BANKING'],
    ['yann', 'Yann Petit', 'cabinet-a', 'EXPIRED', -3, 'ENABLE_BANKING'],
    ['xavier', 'Xavier Roux', 'cabinet-a', 'EXPIRING', 5, 'ENABLE_BANKING'],
    ['wanda', 'Wanda Morel', 'cabinet-a', 'ACTIVE', 10, 'ENABLE_BANKING'],
    ['alice', 'Alice Bernard', 'cabinet-a', 'ACTIVE', 150, 'ENABLE_BANKING'],
    ['bruno', 'Bruno Faure', 'cabinet-a', 'ACTIVE', null, 'FILE'],
    ['claire', 'Claire Autre <b>', 'cabinet-b', 'ACTIVE', 60, 'ENABLE_BANKING'],
  ] as const;
  const ids = {} as Record<(typeof people)[number][0], string>;
  for (const [key, name, firmId, state, days, provider] of people) {
    const id = `fl-${key}`;
    ids[key] = id;
    await db.freelancer.create({ data: { id, displayName: name, firmId } });
    await db.connection.create({
      data: {
        id: `cx-${key}`,
        freelancerId: id,
        provider,
        state,
        label: provider === 'FILE' ? 'Relevés' : 'Banque Pro',
        consentValidUntil: days === null ? null : new Date(NOW.getTime() + days * day),
        lastSyncAt: new Date(NOW.getTime() - 2 * 3_600_000),
        lastError: state === 'BROKEN' ? 'La banque refuse la connexion' : null,
      },
    });
    await db.account.create({
      data: {
        id: `ac-${key}`,
        freelancerId: id,
        connectionId: `cx-${key}`,
        name: 'Compte pro',
        kind: 'CHECKING',
        iban: 'FR7630006000011234567890189',
      },
    });
  }

  const rows = [
    {
      id: 'tx-alice-1',
      label: 'HONORAIRES CLIENT DUPONT',
      cents: 150_000n,
      code: 'L01_RECETTES',
      toConfirm: false,
      date: '2026-11-05',
    },
    {
      id: 'tx-alice-2',
      label: 'LIBRAIRIE DU CENTRE',
      cents: -4_590n,
      code: 'L08_ACHATS',
      toConfirm: true,
      date: '2026-11-12',
    },
    {
      id: 'tx-alice-3',
      label: 'SNCF VOYAGE',
      cents: -8_900n,
      code: 'L24_DEPLACEMENTS',
      toConfirm: true,
      date: '2026-10-28',
    },
  ];
  for (const [index, row] of rows.entries()) {
    await db.transaction.create({
      data: {
        id: row.id,
        accountId: 'ac-alice',
        fingerprint: `fp-${index}`,
        occurrence: 0,
        status: 'BOOKED',
        bookingDate: new Date(`${row.date}T00:00:00Z`),
        amountCents: row.cents,
        currency: 'EUR',
        rawLabel: row.label,
        label: row.label,
        counterparty: row.label,
        categoryCode: row.code,
        categorySource: 'RULE',
        confidence: row.toConfirm ? 50 : 95,
        toConfirm: row.toConfirm,
      },
    });
  }

  return {
    staffA,
    staffB,
    orderA: [ids.yann, ids.zoe, ids.xavier, ids.wanda, ids.alice, ids.bruno],
    ids,
    doubtfulTransactionId: 'tx-alice-2',
  };
}
