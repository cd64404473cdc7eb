import type { Database } from '../db/prisma-client.ts';
import { monthOf, toDbDate } from '../dates/calendar-date.ts';
import type { FileStore } from '../files/file-store.ts';
import type { StatementFields } from './receipt-types.ts';

export interface FiledStatement {
  readonly statementId: string;
  /** `YYYY-MM` of the period end. */
  readonly month: string;
  readonly accountId: string | null;
  readonly alreadyFiled: boolean;
  readonly statement: StatementFields;
}

/**
 * Files a bank statement PDF for its month beside the account it belongs to (by account number
 * or IBAN). Its rows are not imported: the transactions come from the bank feed or the
 * statement files, and reading them twice would duplicate them. The account learns its IBAN.
 */
export async function fileMonthStatement(
  db: Database,
  files: FileStore,
  input: { freelancerId: string; bytes: Uint8Array; fileName: string; statement: StatementFields },
): Promise<FiledStatement> {
  const { freelancerId, statement } = input;
  const stored = await files.put(input.bytes);
  const existing = await db.monthStatement.findUnique({
    where: { freelancerId_fileSha256: { freelancerId, fileSha256: stored.sha256 } },
  });
  if (existing) {
    return {
      statementId: existing.id,
      month: existing.month,
      accountId: existing.accountId,
      alreadyFiled: true,
      statement,
    };
  }

  const account = await db.account.findFirst({
    where: {
      freelancerId,
      OR: [
        ...(statement.accountNumber ? [{ externalRef: statement.accountNumber }] : []),
        ...(statement.iban ? [{ iban: statement.iban }] : []),
      ],
    },
  });
  if (account && !account.iban && statement.iban) {
    await db.account.update({ where: { id: account.id }, data: { iban: statement.iban } });
  }
  const month = monthOf(statement.periodTo);
  const created = await db.monthStatement.create({
    data: {
      id: crypto.randomUUID(),
      freelancerId,
      accountId: account?.id ?? null,
      month,
      fileSha256: stored.sha256,
      fileName: input.fileName,
      sizeBytes: stored.size,
      bankName: statement.bankName,
      number: statement.number,
      periodFrom: toDbDate(statement.periodFrom),
      periodTo: toDbDate(statement.periodTo),
      openingCents: statement.openingCents === null ? null : BigInt(statement.openingCents),
      closingCents: statement.closingCents === null ? null : BigInt(statement.closingCents),
    },
  });
  return {
    statementId: created.id,
    month,
    accountId: created.accountId,
    alreadyFiled: false,
    statement,
  };
}
