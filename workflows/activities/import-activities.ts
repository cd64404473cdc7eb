import { ApplicationFailure } from '@temporalio/activity';
import type { Database } from '../../core/db/prisma-client.ts';
import type { FileStore } from '../../core/files/file-store.ts';
import {
  categoriseTransactions,
  type CategoriseSummary,
} from '../../core/ledger/categorise-transactions.ts';
import { pairInternalTransfers } from '../../core/ledger/pair-internal-transfers.ts';
import { buildImportReport, type ImportReport } from '../../core/ledger/import-report.ts';
import {
  AmbiguousAccountNameError,
  storeStatement,
  type StoreResult,
} from '../../core/ledger/store-statement.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { describeStatementError, readStatement } from '../../core/statements/read-statement.ts';
import { AccountNotIdentifiedError } from '../../core/ledger/resolve-accounts.ts';

export interface ImportActivityDeps {
  readonly db: Database;
  readonly files: FileStore;
  readonly logger: Logger;
  readonly confirmThreshold: number;
}

export interface SyncStatementFileInput {
  readonly importId: string;
  readonly freelancerId: string;
  readonly connectionId: string;
  readonly fileSha256: string;
  readonly fileName: string;
  readonly accountName?: string;
}

/** Failure type of a statement that will never import as it is: not retried. */
export const STATEMENT_REJECTED = 'StatementRejected';

export function createImportActivities(deps: ImportActivityDeps) {
  const { db, files, logger } = deps;
  return {
    /** The sync step for a file source: parse the stored file, store what is new. */
    async syncStatementFile(input: SyncStatementFileInput): Promise<StoreResult> {
      const bytes = await files.get(input.fileSha256);
      const parsed = readStatement(bytes, input.fileName);
      if (!parsed.ok) {
        logger.warn('statement rejected', {
          fileName: input.fileName,
          code: parsed.error.code,
          line: parsed.error.line,
        });
        throw ApplicationFailure.nonRetryable(
          describeStatementError(input.fileName, parsed.error),
          STATEMENT_REJECTED,
          parsed.error,
        );
      }
      try {
        const stored = await storeStatement(db, {
          importId: input.importId,
          freelancerId: input.freelancerId,
          fileName: input.fileName,
          fileSha256: input.fileSha256,
          statement: parsed.value,
          ...(input.accountName ? { accountName: input.accountName } : {}),
        });
        await db.account.updateMany({
          where: {
            id: { in: stored.accounts.map((account) => account.accountId) },
            connectionId: null,
          },
          data: { connectionId: input.connectionId },
        });
        await db.connection.update({
          where: { id: input.connectionId },
          data: { lastSyncAt: new Date() },
        });
        logger.info('statement stored', {
          importId: stored.importId,
          format: parsed.value.format,
          accounts: stored.accounts.length,
          newCount: stored.accounts.reduce((sum, account) => sum + account.newCount, 0),
        });
        return stored;
      } catch (error) {
        if (
          error instanceof AccountNotIdentifiedError ||
          error instanceof AmbiguousAccountNameError
        ) {
          throw ApplicationFailure.nonRetryable(error.message, STATEMENT_REJECTED);
        }
        throw error;
      }
    },

    async categoriseImport(input: {
      importId: string;
      freelancerId?: string;
    }): Promise<CategoriseSummary> {
      // With the freelancer: every uncategorised row of theirs, not only this import's, so that
      // rows left behind by an earlier import whose categorisation failed are caught up here.
      const scope = input.freelancerId
        ? { freelancerId: input.freelancerId }
        : { importId: input.importId };
      const summary = await categoriseTransactions(db, scope, { threshold: deps.confirmThreshold });
      if (input.freelancerId) await pairInternalTransfers(db, input.freelancerId);
      logger.info('import categorised', { importId: input.importId, ...summary });
      return summary;
    },

    async reportImport(input: Pick<StoreResult, 'importId' | 'accounts'>): Promise<ImportReport> {
      return buildImportReport(db, input);
    },
  };
}

export type ImportActivities = ReturnType<typeof createImportActivities>;
