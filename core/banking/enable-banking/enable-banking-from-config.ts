import type { AppConfig } from '../../config/env.ts';
import type { Logger } from '../../logging/logger.ts';
import {
  createEnableBankingAggregator,
  type EnableBankingAggregator,
} from './enable-banking-aggregator.ts';
import { loadEnableBankingKey } from './eb-key.ts';

export interface EnableBankingSetup {
  readonly aggregator: EnableBankingAggregator;
  readonly redirectUrl: string;
  readonly renewUrl: (connectionId: string) => string;
}

/**
 * The Enable Banking client the settings describe, or null (with the reason logged) when they
 * are incomplete: the rest of Pointage runs without bank connections.
 */
export async function enableBankingFromConfig(
  config: AppConfig,
  logger: Logger,
  clock: () => Date = () => new Date(),
): Promise<EnableBankingSetup | null> {
  const missing = [
    ...(config.ENABLE_BANKING_APP_ID ? [] : ['ENABLE_BANKING_APP_ID']),
    ...(config.ENABLE_BANKING_KEY_FILE || config.ENABLE_BANKING_PRIVATE_KEY
      ? []
      : ['ENABLE_BANKING_KEY_FILE']),
    ...(config.ENABLE_BANKING_REDIRECT_URL ? [] : ['ENABLE_BANKING_REDIRECT_URL']),
  ];
  if (missing.length > 0) {
    logger.info('bank connections off', { missing });
    return null;
  }
  const privateKey = await loadEnableBankingKey({
    pem: config.ENABLE_BANKING_PRIVATE_KEY,
    file: config.ENABLE_BANKING_KEY_FILE,
  });
  const publicUrl = config.POINTAGE_PUBLIC_URL.replace(/\/$/, '');
  return {
    aggregator: createEnableBankingAggregator({
      baseUrl: config.ENABLE_BANKING_API_URL,
      applicationId: config.ENABLE_BANKING_APP_ID!,
      privateKey,
      clock,
    }),
    redirectUrl: config.ENABLE_BANKING_REDIRECT_URL!,
    renewUrl: (connectionId) =>
      `${publicUrl}/connexions/${encodeURIComponent(connectionId)}/renouveler`,
  };
}
