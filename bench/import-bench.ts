import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ensureFreelancer } from '../core/freelancers/ensure-freelancer.ts';
import { categoriseTransactions } from '../core/ledger/categorise-transactions.ts';
import { storeStatement } from '../core/ledger/store-statement.ts';
import { withOccurrences } from '../core/ledger/transaction-identity.ts';
import { readStatement } from '../core/statements/read-statement.ts';
import { createBenchDatabase } from './bench-database.ts';
import { syntheticSocieteGeneraleCsv } from './synthetic-statement.ts';

export interface ImportBenchResult {
  readonly rows: number;
  readonly importSeconds: number;
  readonly rawInsertSeconds: number;
  /** Raw insert time over import time: 1 would be as fast as the bare insert. */
  readonly ratio: number;
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/**
 * Importing and categorising N transactions from a real CSV file, against the bare bulk insert of
 * the same rows into the same PostgreSQL table (the limit), each into a fresh database.
 */
export async function benchImport(rows = 100_000): Promise<ImportBenchResult> {
  const bytes = syntheticSocieteGeneraleCsv(rows);

  const full = await createBenchDatabase('import');
  await ensureFreelancer(full.db, { id: 'bench', ownNames: ['INES GARNIER'] });
  const importStart = process.hrtime.bigint();
  const parsed = readStatement(bytes, 'bench.csv');
  if (!parsed.ok) throw new Error(`bench statement rejected: ${parsed.error.message}`);
  const stored = await storeStatement(full.db, {
    freelancerId: 'bench',
    fileName: 'bench.csv',
    fileSha256: 'b'.repeat(64),
    statement: parsed.value,
  });
  await categoriseTransactions(full.db, { importId: stored.importId }, { threshold: 70 });
  const importSeconds = seconds(importStart);
  const imported = await full.db.transaction.count();
  await full.drop();
  if (imported !== rows) throw new Error(`bench imported ${imported} rows, expected ${rows}`);

  const raw = await createBenchDatabase('raw');
  await ensureFreelancer(raw.db, { id: 'bench' });
  const accountId = randomUUID();
  await raw.db.account.create({
    data: { id: accountId, freelancerId: 'bench', name: 'Compte', kind: 'CHECKING' },
  });
  const prepared = withOccurrences(parsed.value.accounts[0]!.transactions);
  const client = new pg.Client({ connectionString: raw.url });
  await client.connect();
  const rawStart = process.hrtime.bigint();
  for (let start = 0; start < prepared.length; start += 5_000) {
    const chunk = prepared.slice(start, start + 5_000);
    await client.query(
      `INSERT INTO "Transaction" (id, "accountId", fingerprint, occurrence, status, "bookingDate", "amountCents", currency, "rawLabel", label)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::"TransactionStatus"[], $6::date[], $7::bigint[], $8::text[], $9::text[], $10::text[])`,
      [
        chunk.map(() => randomUUID()),
        chunk.map(() => accountId),
        chunk.map((row) => row.fingerprint),
        chunk.map((row) => row.occurrence),
        chunk.map((row) => row.status),
        chunk.map((row) => row.bookingDate),
        chunk.map((row) => String(row.amountCents)),
        chunk.map((row) => row.currency),
        chunk.map((row) => row.rawLabel),
        chunk.map((row) => row.label),
      ],
    );
  }
  const rawInsertSeconds = seconds(rawStart);
  await client.end();
  await raw.drop();

  return { rows, importSeconds, rawInsertSeconds, ratio: rawInsertSeconds / importSeconds };
}
