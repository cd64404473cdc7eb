import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ensureFileConnection } from '../../core/banking/file-connection.ts';
import type { AppConfig } from '../../core/config/env.ts';
import { ensureFreelancer } from '../../core/freelancers/ensure-freelancer.ts';
import { renderImportReport } from '../../core/ledger/render-import-report.ts';
import type { Logger } from '../../core/logging/logger.ts';
import {
  describeStatementError,
  MAX_STATEMENT_BYTES,
  readStatement,
} from '../../core/statements/read-statement.ts';
import { importStatementThroughWorkflow } from '../../workflows/client/import-statement.ts';
import { startRuntime } from '../runtime.ts';
import { CliError } from '../cli-error.ts';

export async function importCommand(
  config: AppConfig,
  logger: Logger,
  args: { file: string; account?: string; freelancer: string },
): Promise<string> {
  const fileName = path.basename(args.file);
  const info = await stat(args.file).catch(() => null);
  if (!info) throw new CliError(`${args.file}: no such file`);
  if (!info.isFile())
    throw new CliError(`${args.file}: not a file (a directory?): give a statement file`);
  if (info.size > MAX_STATEMENT_BYTES) {
    throw new CliError(
      `${fileName}: the file is ${info.size} bytes; statements over ${MAX_STATEMENT_BYTES} bytes are refused`,
    );
  }
  const bytes = new Uint8Array(await readFile(args.file));

  // Read it here first: a file that will never import is refused at once, before anything starts
  // and before it is stored. The sync activity reads it again from the file store.
  const parsed = readStatement(bytes, fileName);
  if (!parsed.ok) {
    throw new CliError(
      `Import refusé, rien n'a été enregistré.\n${describeStatementError(fileName, parsed.error)}`,
    );
  }

  const runtime = await startRuntime(config, logger);
  try {
    await ensureFreelancer(runtime.db, { id: args.freelancer });
    const connectionId = await ensureFileConnection(runtime.db, args.freelancer);
    const stored = await runtime.files.put(bytes);
    const report = await runtime.worker.runUntil(
      importStatementThroughWorkflow(runtime.client, {
        connectionId,
        freelancerId: args.freelancer,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        request: {
          fileSha256: stored.sha256,
          fileName,
          ...(args.account ? { accountName: args.account } : {}),
        },
      }),
    );
    return renderImportReport(report);
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) {
      throw new CliError(
        `Import refusé, rien n'a été enregistré.\n${error.cause?.message ?? error.message}`,
      );
    }
    throw error;
  } finally {
    await runtime.shutdown();
  }
}
