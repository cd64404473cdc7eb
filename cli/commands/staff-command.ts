import type { AppConfig } from '../../core/config/env.ts';
import type { Logger } from '../../core/logging/logger.ts';
import {
  createStaffAccount,
  generatePassword,
  StaffEmailTakenError,
  UnknownFirmError,
  WeakPasswordError,
} from '../../core/staff/staff-accounts.ts';
import { CliError } from '../cli-error.ts';
import { openDatabase } from '../runtime.ts';

export interface StaffCommandArgs {
  readonly action: string | undefined;
  readonly firm?: string;
  /** Creates the firm under this name when it does not exist yet. */
  readonly firmName?: string;
  readonly email?: string;
  readonly name?: string;
  /** The password comes from stdin (`--password-stdin`); otherwise one is generated and shown once. */
  readonly readPassword?: () => Promise<string>;
}

export const STAFF_USAGE =
  'pointage staff add --firm FIRM --email EMAIL [--name NAME] [--firm-name NAME] [--password-stdin]';

/** `pointage staff add`: a dashboard account for someone of an accounting firm. */
export async function staffCommand(
  config: AppConfig,
  logger: Logger,
  args: StaffCommandArgs,
): Promise<string> {
  if (args.action !== 'add') throw new CliError(`usage: ${STAFF_USAGE}`);
  if (!args.firm || !args.email)
    throw new CliError(`staff add needs --firm and --email: ${STAFF_USAGE}`);
  const given = args.readPassword ? (await args.readPassword()).replace(/\r?\n$/, '') : null;
  const password = given ?? generatePassword();

  const database = await openDatabase(config, logger);
  try {
    if (args.firmName) {
      await database.db.firm.upsert({
        where: { id: args.firm },
        create: { id: args.firm, name: args.firmName },
        update: {},
      });
    }
    const staff = await createStaffAccount(database.db, {
      firmId: args.firm,
      email: args.email,
      password,
      ...(args.name ? { displayName: args.name } : {}),
    });
    logger.info('staff account created', { staffId: staff.id, firmId: staff.firmId });
    const created = `Compte créé : ${staff.email} (${staff.displayName}), cabinet ${staff.firmId}.`;
    return given === null
      ? `${created}\nMot de passe (affiché une seule fois) : ${password}`
      : created;
  } catch (error) {
    if (
      error instanceof UnknownFirmError ||
      error instanceof StaffEmailTakenError ||
      error instanceof WeakPasswordError
    ) {
      throw new CliError(error.message);
    }
    throw error;
  } finally {
    await database.close();
  }
}

/** All of stdin, for `--password-stdin`. */
export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
