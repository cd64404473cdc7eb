import type { AppConfig } from '../../core/config/env.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { disconnectBank } from '../../workflows/client/bank-connection.ts';
import { CliError } from '../cli-error.ts';
import { startRuntime } from '../runtime.ts';

/** `pointage disconnect CONNECTION_ID`: the consent is revoked at the bank, syncs stop. */
export async function disconnectCommand(
  config: AppConfig,
  logger: Logger,
  args: { connectionId: string },
): Promise<string> {
  const runtime = await startRuntime(config, logger);
  try {
    const connection = await runtime.db.connection.findUnique({ where: { id: args.connectionId } });
    if (connection?.provider !== 'ENABLE_BANKING')
      throw new CliError(`no bank connection ${args.connectionId}`);
    const context = {
      client: runtime.client,
      db: runtime.db,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
    };
    await runtime.worker.runUntil(disconnectBank(context, args.connectionId));
    return `Connexion ${connection.label} déconnectée : l’accès est révoqué, plus aucune synchronisation.`;
  } finally {
    await runtime.shutdown();
  }
}
