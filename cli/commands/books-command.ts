import { renderMonthBooks } from '../../core/books/render-month-books.ts';
import { monthBooks, InvalidMonthError } from '../../core/books/month-books.ts';
import type { AppConfig } from '../../core/config/env.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { CliError } from '../cli-error.ts';
import { openDatabase } from '../runtime.ts';

export async function booksCommand(
  config: AppConfig,
  logger: Logger,
  args: { month: string; freelancer: string },
): Promise<string> {
  const database = await openDatabase(config, logger);
  try {
    return renderMonthBooks(await monthBooks(database.db, args.freelancer, args.month));
  } catch (error) {
    if (error instanceof InvalidMonthError) throw new CliError(error.message);
    throw error;
  } finally {
    await database.close();
  }
}
