import type { BankSummary } from '../../core/banking/aggregator.ts';
import { enableBankingFromConfig } from '../../core/banking/enable-banking/enable-banking-from-config.ts';
import type { AppConfig } from '../../core/config/env.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { CliError } from '../cli-error.ts';

const NOT_CONFIGURED =
  'Bank connections need Enable Banking: set ENABLE_BANKING_APP_ID, ENABLE_BANKING_KEY_FILE and ' +
  'ENABLE_BANKING_REDIRECT_URL (see README.md).';

/** `pointage banks [--search NAME] [--country FR]`: the banks one can link. */
export async function banksCommand(
  config: AppConfig,
  logger: Logger,
  args: { search?: string; country: string },
): Promise<string> {
  const banks = await findBanks(config, logger, args);
  if (banks.length === 0)
    return `Aucune banque ne correspond à « ${args.search ?? ''} » (${args.country}).`;
  return banks.map(describeBank).join('\n');
}

export async function findBanks(
  config: AppConfig,
  logger: Logger,
  args: { search?: string; country: string },
): Promise<BankSummary[]> {
  const banking = await enableBankingFromConfig(config, logger);
  if (!banking) throw new CliError(NOT_CONFIGURED);
  return [
    ...(await banking.aggregator.listBanks({
      country: args.country,
      ...(args.search ? { search: args.search } : {}),
    })),
  ];
}

function describeBank(bank: BankSummary): string {
  const days = bank.maximumConsentSeconds
    ? `, accès ${Math.floor(bank.maximumConsentSeconds / 86_400)} jours`
    : '';
  return `${bank.name} (${bank.country}${days})`;
}
