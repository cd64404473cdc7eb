import type { AppConfig } from '../../core/config/env.ts';
import { ensureFreelancer } from '../../core/freelancers/ensure-freelancer.ts';
import type { Logger } from '../../core/logging/logger.ts';
import type { LinkedAccount } from '../../core/banking/link-accounts.ts';
import {
  activateBankAccounts,
  completeBankRedirect,
  connectBank,
  type BankClientContext,
} from '../../workflows/client/bank-connection.ts';
import {
  connectionWorkflowId,
  getConnectionStatusQuery,
} from '../../workflows/connection-lifecycle-workflow.ts';
import { CliError } from '../cli-error.ts';
import { startRuntime, type Runtime } from '../runtime.ts';
import { findBanks } from './banks-command.ts';

export type ConnectArgs =
  | {
      readonly step: 'start';
      readonly bank: string;
      readonly country: string;
      readonly freelancer: string;
    }
  | {
      readonly step: 'redirect';
      readonly redirectUrl: string;
      readonly activate: readonly string[];
    };

/**
 * `pointage connect --bank NAME` prints the bank's link; once authenticated there, the browser
 * lands on the redirect URL, which `pointage connect --redirect URL [--activate N]…` completes:
 * the accounts found are listed and the chosen ones (the pro account, its card) activated.
 */
export async function connectCommand(
  config: AppConfig,
  logger: Logger,
  args: ConnectArgs,
): Promise<string> {
  if (args.step === 'start') {
    const banks = await findBanks(config, logger, { search: args.bank, country: args.country });
    const bank =
      banks.find((candidate) => candidate.name === args.bank) ??
      (banks.length === 1 ? banks[0] : undefined);
    if (!bank) {
      const names = banks
        .slice(0, 10)
        .map((candidate) => candidate.name)
        .join(', ');
      throw new CliError(
        `« ${args.bank} » : ${banks.length === 0 ? 'aucune banque' : `plusieurs banques (${names})`}; précisez --bank.`,
      );
    }
    return withRuntime(config, logger, async (runtime, context) => {
      await ensureFreelancer(runtime.db, { id: args.freelancer });
      const started = await connectBank(context, { freelancerId: args.freelancer, bank });
      return [
        `Connexion ${started.connectionId} à ${bank.name} : ouvrez ce lien pour vous identifier à la banque.`,
        started.url,
        'De retour sur la page de redirection, lancez : pointage connect --redirect "<adresse de la page>"',
      ].join('\n');
    });
  }

  const redirect = new URL(args.redirectUrl);
  const code = redirect.searchParams.get('code');
  const state = redirect.searchParams.get('state');
  if (!code || !state)
    throw new CliError('the redirect URL must carry ?code=…&state=… (copy it whole)');
  return withRuntime(config, logger, async (_runtime, context) => {
    const linked = await completeBankRedirect(context, { code, state });
    const chosen = args.activate.map((choice) => pick(linked.accounts, choice));
    if (chosen.length > 0) {
      await activateBankAccounts(context, {
        connectionId: linked.connectionId,
        accountIds: chosen.map((a) => a.accountId),
      });
      const handle = context.client.workflow.getHandle(connectionWorkflowId(linked.connectionId));
      await waitForSync(() =>
        handle.query(getConnectionStatusQuery).then((status) => status.lastSync ?? null),
      );
    }
    return [
      `Accès valable jusqu’au ${linked.validUntil.slice(0, 10)}. Comptes trouvés :`,
      ...linked.accounts.map(
        (account, index) => `  ${index + 1}. ${describeAccount(account, chosen.includes(account))}`,
      ),
      ...(chosen.length === 0
        ? ['Activez le compte pro (et sa carte) : pointage connect --redirect … --activate 1']
        : []),
    ].join('\n');
  });
}

async function withRuntime<T>(
  config: AppConfig,
  logger: Logger,
  work: (runtime: Runtime, context: BankClientContext) => Promise<T>,
): Promise<T> {
  const runtime = await startRuntime(config, logger);
  try {
    const context = {
      client: runtime.client,
      db: runtime.db,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
    };
    return await runtime.worker.runUntil(work(runtime, context));
  } finally {
    await runtime.shutdown();
  }
}

function pick(accounts: readonly LinkedAccount[], choice: string): LinkedAccount {
  const byNumber = /^\d+$/.test(choice) ? accounts[Number(choice) - 1] : undefined;
  const found =
    byNumber ?? accounts.find((account) => account.accountId === choice || account.name === choice);
  if (!found) throw new CliError(`--activate ${choice}: no such account in this connection`);
  return found;
}

function describeAccount(account: LinkedAccount, activated: boolean): string {
  const iban = account.ibanTail ? ` (…${account.ibanTail})` : '';
  return `${account.name}${iban}, ${account.kind}${activated || account.active ? ', activé' : ''}`;
}

// The first sync after activation: the command stays up (its worker runs it) for up to a minute.
async function waitForSync(lastSync: () => Promise<string | null>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if ((await lastSync()) === 'SYNCED') return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
