import type { Database } from '../db/prisma-client.ts';
import type { Prisma } from '../db/generated/client.ts';

/** What a staff member did, with what is needed to show it later. Never a code or a secret. */
export type StaffActionRecord =
  | {
      readonly kind: 'REMINDER';
      readonly channels: readonly string[];
      readonly topics: readonly string[];
    }
  | { readonly kind: 'CLOSE_MONTH'; readonly month: string }
  | {
      readonly kind: 'RECATEGORISE';
      readonly transactionId: string;
      readonly from: string | null;
      readonly to: string;
      readonly channels: readonly string[];
    }
  | { readonly kind: 'INVITE'; readonly expiresAt: string };

export interface StaffActionEntry {
  readonly id: string;
  readonly staffId: string;
  readonly freelancerId: string | null;
  readonly at: Date;
  readonly record: StaffActionRecord;
}

export async function recordStaffAction(
  db: Database | Prisma.TransactionClient,
  input: {
    firmId: string;
    staffId: string;
    freelancerId: string | null;
    record: StaffActionRecord;
    now: Date;
  },
): Promise<void> {
  await db.staffAction.create({
    data: {
      id: crypto.randomUUID(),
      firmId: input.firmId,
      staffId: input.staffId,
      freelancerId: input.freelancerId,
      kind: input.record.kind,
      month: input.record.kind === 'CLOSE_MONTH' ? input.record.month : null,
      detail: input.record as unknown as Prisma.InputJsonObject,
      createdAt: input.now,
    },
  });
}

/** The latest actions on one freelancer of the firm, newest first. */
export async function listStaffActions(
  db: Database,
  input: {
    firmId: string;
    freelancerId: string;
    kinds?: readonly StaffActionRecord['kind'][];
    take?: number;
  },
): Promise<StaffActionEntry[]> {
  const rows = await db.staffAction.findMany({
    where: {
      firmId: input.firmId,
      freelancerId: input.freelancerId,
      ...(input.kinds ? { kind: { in: [...input.kinds] } } : {}),
    },
    orderBy: { createdAt: 'desc' },
    take: input.take ?? 50,
  });
  return rows.map((row) => ({
    id: row.id,
    staffId: row.staffId,
    freelancerId: row.freelancerId,
    at: row.createdAt,
    // Written by recordStaffAction only, from the same union.
    record: row.detail as unknown as StaffActionRecord,
  }));
}
