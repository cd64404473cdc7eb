import type { Prisma } from '../db/generated/client.ts';
import type { ParsedTransaction } from '../statements/statement-types.ts';

export interface TransactionRow {
  readonly id: string;
  readonly accountId: string;
  readonly importId: string | null;
  readonly providerId: string | null;
  readonly fingerprint: string;
  readonly occurrence: number;
  readonly status: 'BOOKED' | 'PENDING';
  readonly bookingDate: string;
  readonly valueDate: string | null;
  readonly operationDate: string | null;
  readonly amountCents: number;
  readonly currency: string;
  readonly rawLabel: string;
  readonly label: string;
  readonly counterparty: string | null;
  readonly counterpartyIban: string | null;
  readonly memo: string | null;
  readonly personalHint: boolean | null;
  readonly bankCategory: string | null;
}

const CHUNK = 10_000;

/** A parsed row (with its identity) as the ledger stores it. */
export function toTransactionRow(
  row: ParsedTransaction & { fingerprint: string; occurrence: number },
  ids: { id: string; accountId: string; importId: string | null },
): TransactionRow {
  return {
    ...ids,
    providerId: row.providerId,
    fingerprint: row.fingerprint,
    occurrence: row.occurrence,
    status: row.status,
    bookingDate: row.bookingDate,
    valueDate: row.valueDate,
    operationDate: row.operationDate,
    amountCents: row.amountCents,
    currency: row.currency,
    rawLabel: row.rawLabel,
    label: row.label,
    counterparty: row.counterparty,
    counterpartyIban: row.counterpartyIban,
    memo: row.memo,
    personalHint: row.hints.personal ?? null,
    bankCategory: row.hints.bankCategory ?? null,
  };
}

// One statement per chunk with one array parameter per column: a statement of 100 000 rows costs
// what the bare bulk insert costs, where an ORM createMany spends most of its time building SQL.
const INSERT_SQL = `
  INSERT INTO "Transaction" (id, "accountId", "importId", "providerId", fingerprint, occurrence,
    status, "bookingDate", "valueDate", "operationDate", "amountCents", currency, "rawLabel", label,
    counterparty, "counterpartyIban", memo, "personalHint", "bankCategory")
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[],
    $7::"TransactionStatus"[], $8::date[], $9::date[], $10::date[], $11::bigint[], $12::text[],
    $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::boolean[], $19::text[])`;

export async function insertTransactions(
  tx: Prisma.TransactionClient,
  rows: readonly TransactionRow[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const column = <T>(pick: (row: TransactionRow) => T) => chunk.map(pick);
    await tx.$executeRawUnsafe(
      INSERT_SQL,
      column((row) => row.id),
      column((row) => row.accountId),
      column((row) => row.importId),
      column((row) => row.providerId),
      column((row) => row.fingerprint),
      column((row) => row.occurrence),
      column((row) => row.status),
      column((row) => row.bookingDate),
      column((row) => row.valueDate),
      column((row) => row.operationDate),
      column((row) => String(row.amountCents)),
      column((row) => row.currency),
      column((row) => row.rawLabel),
      column((row) => row.label),
      column((row) => row.counterparty),
      column((row) => row.counterpartyIban),
      column((row) => row.memo),
      column((row) => row.personalHint),
      column((row) => row.bankCategory),
    );
  }
}
