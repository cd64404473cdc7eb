import type { Database } from '../db/prisma-client.ts';
import { listMissingReceipts } from '../receipts/list-missing-receipts.ts';
import type { MissingItems } from './collection-month.ts';

/**
 * What the month still lacks, as the collection asks for it. core/receipts decides (the same
 * call the chat's "what is missing" uses); tests and benches give their own.
 */
export interface MissingReceiptsSource {
  listMissing(input: { freelancerId: string; month: string }): Promise<MissingItems>;
}

export function createMissingReceiptsSource(db: Database): MissingReceiptsSource {
  return {
    async listMissing({ freelancerId, month }) {
      const found = await listMissingReceipts(db, freelancerId, month);
      return {
        month,
        statements: found.accountsWithoutStatement.map((account) => ({
          accountId: account.accountId,
          accountName: account.name,
          bankName: null,
        })),
        receipts: found.missing.map((receipt) => ({
          id: receipt.transactionId,
          providerId: null,
          date: receipt.date,
          label: receipt.label,
          accountName: receipt.accountName,
          // What is left to justify: a receipt may already cover part of it.
          amountCents: receipt.remainingCents,
        })),
      };
    },
  };
}
