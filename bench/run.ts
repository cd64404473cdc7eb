// npm run bench: speed and memory figures, as ratios measured in one run on this machine.
import { benchImport } from './import-bench.ts';

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const sections: Array<{ name: string; run: () => Promise<Record<string, unknown>> }> = [
  {
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
];

for (const section of sections) {
  console.log(`\n## ${section.name}`);
  try {
    for (const [key, value] of Object.entries(await section.run())) console.log(`  ${key}: ${value}`);
  } catch (error) {
    console.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
