import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode } from '@temporalio/worker';
import type { Logger } from '../../core/logging/logger.ts';

const WORKFLOWS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function workflowSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return ['activities', 'runtime', 'client', '__histories__'].includes(entry.name)
        ? []
        : workflowSources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/**
 * The bundled workflow code, built once per version of the workflow sources and kept in the
 * data folder: bundling takes seconds, and every CLI command starts a worker.
 */
export async function cachedWorkflowBundle(
  cacheDir: string,
  logger: Logger,
): Promise<{ codePath: string }> {
  const hash = createHash('sha256');
  for (const file of workflowSources(WORKFLOWS_DIR).sort())
    hash.update(file).update(readFileSync(file));
  const codePath = path.join(cacheDir, `workflows-${hash.digest('hex').slice(0, 16)}.js`);
  if (!existsSync(codePath)) {
    const { code } = await bundleWorkflowCode({
      workflowsPath: path.join(WORKFLOWS_DIR, 'workflows.ts'),
      logger: {
        log: () => undefined,
        trace: () => undefined,
        debug: () => undefined,
        info: () => undefined,
        warn: (message) => logger.warn(message),
        error: (message) => logger.error(message),
      },
    });
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(codePath, code);
  }
  return { codePath };
}
