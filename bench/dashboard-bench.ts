import { silentLogger } from '../core/logging/logger.ts';
import { combineNotifiers } from '../core/notifications/notifier.ts';
import { createStaffAccount } from '../core/staff/staff-accounts.ts';
import { createDashboardApp } from '../dashboard/dashboard-app.ts';
import { createAppClient } from '../dashboard/test-support/app-client.ts';
import { createBenchDatabase } from './bench-database.ts';
import { seedDashboardFirm } from './dashboard-seed.ts';

export interface DashboardBenchResult {
  readonly freelancers: number;
  readonly transactions: number;
  readonly listMedianMs: number;
  readonly listP95Ms: number;
  readonly freelancerPageMedianMs: number;
}

/**
 * Server time of the staff list page (and of one freelancer's page) for a firm of 500 clients and
 * 100,000 transactions a year: the app's handler called directly, session and all, on PostgreSQL.
 */
export async function benchDashboardList(
  options: { freelancers?: number; transactions?: number; runs?: number } = {},
): Promise<DashboardBenchResult> {
  const freelancers = options.freelancers ?? 500;
  const transactions = options.transactions ?? 100_000;
  const runs = options.runs ?? 30;
  const now = new Date();
  const bench = await createBenchDatabase('dashboard');
  try {
    await seedDashboardFirm(bench.url, { firmId: 'bench-firm', freelancers, transactions, now });
    await createStaffAccount(bench.db, {
      firmId: 'bench-firm',
      email: 'bench@cabinet.fr',
      password: 'bench password!',
      rounds: 4,
    });
    const app = createDashboardApp({
      db: bench.db,
      notifier: combineNotifiers([]),
      logger: silentLogger,
      sessionSecret: 'bench secret of at least thirty-two characters',
    });
    const client = createAppClient(app);
    await client.login('bench@cabinet.fr', 'bench password!');

    const time = async (path: string) => {
      const start = process.hrtime.bigint();
      const response = await client.get(path);
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    await time('/');
    const list: number[] = [];
    for (let run = 0; run < runs; run += 1) list.push(await time('/'));
    const page: number[] = [];
    for (let run = 0; run < Math.min(runs, 10); run += 1)
      page.push(await time(`/clients/bench-${run}`));

    return {
      freelancers,
      transactions,
      listMedianMs: quantile(list, 0.5),
      listP95Ms: quantile(list, 0.95),
      freelancerPageMedianMs: quantile(page, 0.5),
    };
  } finally {
    await bench.drop();
  }
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
