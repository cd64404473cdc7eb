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
  // Written out field by field: this runs once per row of a 100 000-row import.
  return {
    id: ids.id,
    accountId: ids.accountId,
    importId: ids.importId,
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

// One statement per chunk, the rows passed as one JSON document: a statement of 100 000 rows
// costs about what the bare bulk insert costs, where binding thousands of values one by one (or
// an ORM createMany) spends most of its time outside the database.
const INSERT_SQL = `
  INSERT INTO "Transaction" (id, "accountId", "importId", "providerId", fingerprint, occurrence,
    status, "bookingDate", "valueDate", "operationDate", "amountCents", currency, "rawLabel", label,
    counterparty, "counterpartyIban", memo, "personalHint", "bankCategory")
  SELECT id, "accountId", "importId", "providerId", fingerprint, occurrence,
    status::"TransactionStatus", "bookingDate", "valueDate", "operationDate", "amountCents",
    currency, "rawLabel", label, counterparty, "counterpartyIban", memo, "personalHint",
    "bankCategory"
  FROM json_to_recordset($1::json) AS r(id text, "accountId" text, "importId" text,
    "providerId" text, fingerprint text, occurrence int, status text, "bookingDate" date,
    "valueDate" date, "operationDate" date, "amountCents" bigint, currency text, "rawLabel" text,
    label text, counterparty text, "counterpartyIban" text, memo text, "personalHint" boolean,
    "bankCategory" text)`;

export async function insertTransactions(
  tx: Prisma.TransactionClient,
  rows: readonly TransactionRow[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await tx.$executeRawUnsafe(INSERT_SQL, JSON.stringify(rows.slice(start, start + CHUNK)));
  }
}
