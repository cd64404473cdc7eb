import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../core/config/env.ts';
import { createLogger } from '../core/logging/logger.ts';
import { CliError } from './cli-error.ts';
import { booksCommand } from './commands/books-command.ts';
import { importCommand } from './commands/import-command.ts';
import { serveCommand } from './commands/serve-command.ts';
import { setupCommand } from './commands/setup-command.ts';

const USAGE = `Usage: pointage <command> [options]

  import FILE [--account NAME]   import a bank statement (OFX, QIF, CAMT.053/052, CFONB 120,
                                 MT940, CSV of French banks) through the connection workflow
  books --month YYYY-MM          the month's books (livre-journal, totals per 2035 line)
  setup --name NAME [--own-name NAME]... [--own-iban IBAN]... [--email EMAIL]
                                 who you are: your personal accounts make apports/prélèvements
  serve                          run the worker (and the bots that have credentials)

  --freelancer ID                whose books (default: POINTAGE_FREELANCER or "me")
Settings come from the environment: DATABASE_URL (default: embedded PGlite in .pointage/),
TEMPORAL_ADDRESS (default: a local Temporal dev server), see README.md.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      account: { type: 'string' },
      month: { type: 'string' },
      freelancer: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      'own-name': { type: 'string', multiple: true },
      'own-iban': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 1;
  }
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const freelancer = values.freelancer ?? config.POINTAGE_FREELANCER;

  switch (command) {
    case 'import': {
      const file = rest[0];
      if (!file) throw new CliError('import needs a file: pointage import FILE [--account NAME]');
      console.log(await importCommand(config, logger, { file, freelancer, ...(values.account ? { account: values.account } : {}) }));
      return 0;
    }
    case 'books': {
      if (!values.month) throw new CliError('books needs --month YYYY-MM');
      console.log(await booksCommand(config, logger, { month: values.month, freelancer }));
      return 0;
    }
    case 'setup': {
      console.log(
        await setupCommand(config, logger, {
          freelancer,
          ...(values.name ? { name: values.name } : {}),
          ...(values.email ? { email: values.email } : {}),
          ownNames: values['own-name'] ?? [],
          ownIbans: values['own-iban'] ?? [],
        }),
      );
      return 0;
    }
    case 'serve':
      await serveCommand(config, logger, (line) => console.log(line));
      return 0;
    default:
      throw new CliError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliError || error instanceof ConfigError) {
      console.error(error.message);
    } else {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    process.exit(1);
  },
);
