import { randomUUID } from 'node:crypto';
import pg from 'pg';

const DAY = 86_400_000;
const STATES = [
  'ACTIVE',
  'ACTIVE',
  'ACTIVE',
  'EXPIRING',
  'EXPIRED',
  'BROKEN',
  'PENDING_AUTH',
] as const;

/**
 * One firm of `freelancers` clients, each with a bank connection and a checking account, and
 * `transactions` booked movements over the year before `now` (about 5 % to confirm), in bulk.
 */
export async function seedDashboardFirm(
  url: string,
  input: { firmId: string; freelancers: number; transactions: number; now: Date },
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('INSERT INTO "Firm" (id, name) VALUES ($1, $2)', [
      input.firmId,
      'Cabinet du bench',
    ]);
    const ids = Array.from({ length: input.freelancers }, (_, index) => `bench-${index}`);
    await client.query(
      `INSERT INTO "Freelancer" (id, "firmId", "displayName", "ownNames", "ownIbans")
       SELECT id, $2, 'Client ' || id, '{}', '{}' FROM unnest($1::text[]) AS id`,
      [ids, input.firmId],
    );
    await client.query(
      `INSERT INTO "Connection" (id, "freelancerId", provider, state, label, "consentValidUntil", "lastSyncAt", "updatedAt")
       SELECT 'cx-' || id, id, 'ENABLE_BANKING', state::"ConnectionState", 'Banque', until, $4, $4
       FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS t(id, state, until)`,
      [
        ids,
        ids.map((_, index) => STATES[index % STATES.length]!),
        ids.map((_, index) => new Date(input.now.getTime() + (((index * 37) % 200) - 20) * DAY)),
        input.now,
      ],
    );
    await client.query(
      `INSERT INTO "Account" (id, "freelancerId", "connectionId", name, kind)
       SELECT 'ac-' || id, id, 'cx-' || id, 'Compte pro', 'CHECKING' FROM unnest($1::text[]) AS id`,
      [ids],
    );

    for (let start = 0; start < input.transactions; start += 10_000) {
      const count = Math.min(10_000, input.transactions - start);
      const rows = Array.from({ length: count }, (_, offset) => start + offset);
      await client.query(
        `INSERT INTO "Transaction" (id, "accountId", fingerprint, occurrence, status, "bookingDate", "amountCents",
           currency, "rawLabel", label, "categoryCode", "toConfirm")
         SELECT id, account, fp, 0, 'BOOKED', day, cents, 'EUR', 'CB COMMERCE', 'COMMERCE', 'L30_FRAIS_DIVERS', doubt
         FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::bigint[], $6::boolean[])
           AS t(id, account, fp, day, cents, doubt)`,
        [
          rows.map(() => randomUUID()),
          rows.map((row) => `ac-${ids[row % ids.length]}`),
          rows.map((row) => `fp-${row}`),
          rows.map((row) =>
            new Date(input.now.getTime() - (row % 365) * DAY).toISOString().slice(0, 10),
          ),
          rows.map((row) => String(-((row * 7919) % 50_000) - 100)),
          rows.map((row) => Math.floor(row / ids.length) % 20 === 0),
        ],
      );
    }
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
