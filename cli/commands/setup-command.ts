import type { AppConfig } from '../../core/config/env.ts';
import { ensureFreelancer } from '../../core/freelancers/ensure-freelancer.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { openDatabase } from '../runtime.ts';

/** Records who the freelancer is: the name and IBANs of their own personal accounts. */
export async function setupCommand(
  config: AppConfig,
  logger: Logger,
  args: {
    freelancer: string;
    name?: string;
    email?: string;
    ownNames: string[];
    ownIbans: string[];
  },
): Promise<string> {
  const database = await openDatabase(config, logger);
  try {
    const freelancer = await ensureFreelancer(database.db, {
      id: args.freelancer,
      ...(args.name ? { displayName: args.name } : {}),
      ...(args.email ? { email: args.email } : {}),
      ownNames: args.ownNames,
      ownIbans: args.ownIbans,
    });
    return (
      `Profil « ${freelancer.displayName} » enregistré : ` +
      `${freelancer.ownNames.length} nom(s) et ${freelancer.ownIbans.length} IBAN personnel(s) ` +
      'servent à reconnaître apports et prélèvements personnels.'
    );
  } finally {
    await database.close();
  }
}
