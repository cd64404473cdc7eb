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
  // Chat fronts: Slack HTTP events and the Telegram webhook listen here (a TLS proxy in front).
  CHAT_HOST: z.string().default('127.0.0.1'),
  SLACK_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // The public https address Telegram posts updates to; without it the bot uses long polling.
  TELEGRAM_WEBHOOK_URL: optionalText.pipe(z.string().url().optional()),
  TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(0).max(65535).default(8443),
  // true lets a chat identity without an invitation code create its own freelancer.
  POINTAGE_CHAT_SELF_ONBOARDING: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  SMTP_URL: optionalText,
  ENABLE_BANKING_APP_ID: optionalText,
  ENABLE_BANKING_KEY_FILE: optionalText,
  // The PEM itself, for hosts that pass secrets as variables rather than files.
  ENABLE_BANKING_PRIVATE_KEY: optionalText,
  ENABLE_BANKING_API_URL: z.string().url().default('https://api.enablebanking.com'),
  ENABLE_BANKING_REDIRECT_URL: optionalText.pipe(z.string().url().optional()),
  SMTP_FROM: z.string().default('Pointage <pointage@localhost>'),
  // Where people open links sent by mail (renewing a bank connection).
  POINTAGE_PUBLIC_URL: z.string().url().default('http://127.0.0.1:8080'),
  // The staff dashboard (`pointage serve`): without a secret, sessions end when the process stops.
  DASHBOARD_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DASHBOARD_HOST: z.string().default('127.0.0.1'),
  DASHBOARD_SESSION_SECRET: optionalText.pipe(
    z.string().min(32, 'at least 32 characters').optional(),
  ),
  // true when the dashboard is reached over HTTPS (behind a TLS proxy): cookies marked Secure.
  DASHBOARD_SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  // Where workflow links on the dashboard point (the local dev server's UI otherwise).
  TEMPORAL_UI_URL: optionalText.pipe(z.string().url().optional()),
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
    described[key] =
      SECRET_KEYS.test(key) && key !== 'ENABLE_BANKING_KEY_FILE' ? '[set]' : String(value);
  }
  return described;
}
