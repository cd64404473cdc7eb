import path from 'node:path';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const envSchema = z.object({
  DATABASE_URL: optionalText.pipe(z.string().url().optional()),
  TEMPORAL_ADDRESS: optionalText,
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default('pointage'),
  TEMPORAL_CLI: optionalText,
  POINTAGE_DATA_DIR: z.string().default('.pointage'),
  POINTAGE_FREELANCER: z.string().default('me'),
  POINTAGE_CONFIRM_THRESHOLD: z.coerce.number().int().min(0).max(100).default(70),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  SMTP_URL: optionalText,
  ENABLE_BANKING_APP_ID: optionalText,
  ENABLE_BANKING_KEY_FILE: optionalText,
});

export type AppConfig = z.infer<typeof envSchema> & { dataDir: string };

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Reads the environment once, failing fast with every bad variable listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.POINTAGE_DATA_DIR) };
}

const SECRET_KEYS = /TOKEN|SECRET|PASSWORD|KEY|URL/;

/** The resolved settings for the startup log, secrets masked. */
export function describeConfig(config: AppConfig): Record<string, string> {
  const described: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined) continue;
    described[key] = SECRET_KEYS.test(key) && key !== 'ENABLE_BANKING_KEY_FILE' ? '[set]' : String(value);
  }
  return described;
}
