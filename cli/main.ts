import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../core/config/env.ts';
import { createLogger } from '../core/logging/logger.ts';
import { CliError } from './cli-error.ts';
import { banksCommand } from './commands/banks-command.ts';
import { booksCommand } from './commands/books-command.ts';
import { connectCommand } from './commands/connect-command.ts';
import { disconnectCommand } from './commands/disconnect-command.ts';
import { exportCommand } from './commands/export-command.ts';
import { importCommand } from './commands/import-command.ts';
import { serveCommand } from './commands/serve-command.ts';
import { setupCommand } from './commands/setup-command.ts';
import { statusCommand } from './commands/status-command.ts';
import { readAllStdin, staffCommand } from './commands/staff-command.ts';

const USAGE = `Usage: pointage <command> [options]

  import FILE [--account NAME]   import a bank statement (OFX, QIF, CAMT.053/052, CFONB 120,
                                 MT940, CSV of French banks) through the connection workflow
  books --month YYYY-MM          the month's books (livre-journal, totals per 2035 line)
  export --month YYYY-MM|--year YYYY [--format csv|xlsx|zip] [--out FILE]
                                 the livre-journal as CSV or spreadsheet (a year's with its
                                 2035 totals), or the month's archive for the firm (zip)
  setup --name NAME [--own-name NAME]... [--own-iban IBAN]... [--email EMAIL]
                                 who you are: your personal accounts make apports/prélèvements
  serve                          run the worker, the staff dashboard (DASHBOARD_PORT) and the
                                 bots that have credentials
  staff add --firm FIRM --email EMAIL [--name NAME] [--firm-name NAME] [--password-stdin]
                                 a dashboard account for the firm's staff (password generated
                                 and shown once, or read from stdin)
  banks [--search NAME] [--country FR]
                                 the banks one can link through Enable Banking
  connect --bank NAME [--country FR]
                                 link a bank: prints the link to authenticate at the bank
  connect --redirect URL [--activate N]...
                                 finish the link with the page the bank sent you back to;
                                 activate the pro account (and its card) by number
  disconnect CONNECTION_ID       revoke a bank connection and stop its syncs
  status [--firm FIRM]           one line per freelancer: bank connections and days to consent
                                 expiry, the month being collected, workflows stuck or failing

  --freelancer ID                whose books (default: POINTAGE_FREELANCER or "me")
Settings come from the environment: DATABASE_URL (default: embedded PGlite in .pointage/),
TEMPORAL_ADDRESS (default: a local Temporal dev server), see README.md.`;

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        account: { type: 'string' },
        month: { type: 'string' },
        year: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        freelancer: { type: 'string' },
        name: { type: 'string' },
        email: { type: 'string' },
        'own-name': { type: 'string', multiple: true },
        'own-iban': { type: 'string', multiple: true },
        firm: { type: 'string' },
        'firm-name': { type: 'string' },
        'password-stdin': { type: 'boolean' },
        search: { type: 'string' },
        country: { type: 'string' },
        bank: { type: 'string' },
        redirect: { type: 'string' },
        activate: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
}

const POSITIONALS: Record<string, number> = { import: 1, books: 0, setup: 0, serve: 0 };

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  const [command, ...rest] = positionals;
  if (command && command in POSITIONALS && rest.length > (POSITIONALS[command] ?? 0)) {
    throw new CliError(`unexpected argument "${rest.at(-1)}" for ${command}\n\n${USAGE}`);
  }
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 1;
  }
  const config = loadConfig();
  // One-shot commands keep the terminal for their answer: logs only for warnings unless asked.
  const logger = createLogger(
    process.env.LOG_LEVEL ? config.LOG_LEVEL : command === 'serve' ? 'info' : 'warn',
  );
  const freelancer = values.freelancer ?? config.POINTAGE_FREELANCER;

  switch (command) {
    case 'import': {
      const file = rest[0];
      if (!file) throw new CliError('import needs a file: pointage import FILE [--account NAME]');
      console.log(
        await importCommand(config, logger, {
          file,
          freelancer,
          ...(values.account ? { account: values.account } : {}),
        }),
      );
      return 0;
    }
    case 'books': {
      if (!values.month) throw new CliError('books needs --month YYYY-MM');
      console.log(await booksCommand(config, logger, { month: values.month, freelancer }));
      return 0;
    }
    case 'export': {
      console.log(
        await exportCommand(config, logger, {
          freelancer,
          ...(values.month ? { month: values.month } : {}),
          ...(values.year ? { year: values.year } : {}),
          ...(values.format ? { format: values.format } : {}),
          ...(values.out ? { out: values.out } : {}),
        }),
      );
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
    case 'staff': {
      console.log(
        await staffCommand(config, logger, {
          action: rest[0],
          ...(values.firm ? { firm: values.firm } : {}),
          ...(values['firm-name'] ? { firmName: values['firm-name'] } : {}),
          ...(values.email ? { email: values.email } : {}),
          ...(values.name ? { name: values.name } : {}),
          ...(values['password-stdin'] ? { readPassword: readAllStdin } : {}),
        }),
      );
      return 0;
    }
    case 'banks':
      console.log(
        await banksCommand(config, logger, {
          country: values.country ?? 'FR',
          ...(values.search ? { search: values.search } : {}),
        }),
      );
      return 0;
    case 'connect': {
      if (values.redirect) {
        console.log(
          await connectCommand(config, logger, {
            step: 'redirect',
            redirectUrl: values.redirect,
            activate: values.activate ?? [],
          }),
        );
      } else if (values.bank) {
        console.log(
          await connectCommand(config, logger, {
            step: 'start',
            bank: values.bank,
            country: values.country ?? 'FR',
            freelancer,
          }),
        );
      } else {
        throw new CliError('connect needs --bank NAME, or --redirect URL to finish a link');
      }
      return 0;
    }
    case 'disconnect': {
      if (!rest[0])
        throw new CliError('disconnect needs the connection id: pointage disconnect CONNECTION_ID');
      console.log(await disconnectCommand(config, logger, { connectionId: rest[0] }));
      return 0;
    }
    case 'serve':
      await serveCommand(config, logger, (line) => console.log(line));
      return 0;
    case 'status':
      console.log(await statusCommand(config, logger, values.firm ? { firm: values.firm } : {}));
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
