// npm run bench: speed and memory figures, as ratios measured in one run on this machine.
// BENCH_ONLY=import,receipts,chat,dashboard,workflows picks sections.
import { benchChatAck } from './chat-ack.ts';
import { benchDashboardList } from './dashboard-bench.ts';
import { benchImport } from './import-bench.ts';
import { benchReceipts } from './receipts.ts';
import { benchLifecycleCapacity, benchMonthlyCollections } from './workflow-bench.ts';

type Section = { key: string; name: string; run: () => Promise<Record<string, unknown>> };

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const sections: Section[] = [
  {
    key: 'import',
    name: `import + categorise ${rows} transactions vs raw bulk insert (target ratio ≥ 0.5)`,
    run: async () => {
      const result = await benchImport(rows);
      return {
        'import (s)': result.importSeconds.toFixed(2),
        'raw insert (s)': result.rawInsertSeconds.toFixed(2),
        ratio: result.ratio.toFixed(2),
      };
    },
  },
  {
    key: 'receipts',
    name: 'receipts: matching precision/recall, extraction accuracy, throughput vs pdf-parse (targets 0.98 / 0.9 / 0.8)',
    run: () => benchReceipts(),
  },
  {
    key: 'chat',
    name: 'chat acknowledgement latency under 50 concurrent Slack actions and Telegram updates (Slack allows 3 s)',
    run: async () => {
      const result = await benchChatAck();
      return {
        'slack p50 / p99 (ms)': `${result.slack.p50Ms.toFixed(1)} / ${result.slack.p99Ms.toFixed(1)}`,
        'telegram p50 / p99 (ms)': `${result.telegram.p50Ms.toFixed(1)} / ${result.telegram.p99Ms.toFixed(1)}`,
        'work applied after ack': result.applied,
      };
    },
  },
  {
    key: 'dashboard',
    name: 'staff list page server time, firm of 500 freelancers and 100,000 transactions',
    run: async () => {
      const result = await benchDashboardList();
      return {
        'list median / p95 (ms)': `${result.listMedianMs.toFixed(0)} / ${result.listP95Ms.toFixed(0)}`,
        'freelancer page median (ms)': result.freelancerPageMedianMs.toFixed(0),
      };
    },
  },
  {
    key: 'workflows',
    name: 'connection lifecycle workflows one worker holds (idle on timers), with its memory',
    run: async () => {
      const result = await benchLifecycleCapacity();
      return Object.fromEntries([
        ['baseline RSS (MiB)', result.baselineRssMiB.toFixed(0)],
        ...result.steps.map((step) => [
          `${step.workflows} held`,
          `started in ${step.startSeconds.toFixed(1)} s, held in ${step.heldSeconds.toFixed(1)} s, RSS ${step.rssMiB.toFixed(0)} MiB`,
        ]),
      ]);
    },
  },
  {
    key: 'collections',
    name: '1,000 monthly receipts collections started and completed against the local dev server',
    run: async () => ({ ...(await benchMonthlyCollections(1_000)) }),
  },
];

const only = process.env.BENCH_ONLY?.split(',');
for (const section of sections.filter((item) => !only || only.includes(item.key))) {
  console.log(`\n## ${section.name}`);
  try {
    for (const [key, value] of Object.entries(await section.run()))
      console.log(`  ${key}: ${value}`);
  } catch (error) {
    console.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
process.exit();
