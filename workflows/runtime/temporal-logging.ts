import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import type { Logger } from '../../core/logging/logger.ts';

let installed = false;

const LEVELS: Record<string, LogLevel> = {
  trace: 'TRACE',
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
  fatal: 'ERROR',
  silent: 'ERROR',
};

/**
 * Routes the Temporal SDK's own logs (worker, bundler, core) through our structured logger at
 * the configured level. The SDK allows one runtime per process, so only the first call counts.
 */
export function installTemporalLogging(logger: Logger, level: string): void {
  if (installed) return;
  installed = true;
  const temporalLogger = logger.child({ component: 'temporal' });
  Runtime.install({
    // The entry points handle SIGINT/SIGTERM themselves and shut the worker down in order.
    shutdownSignals: [],
    logger: new DefaultLogger(LEVELS[level] ?? 'INFO', (entry) => {
      // A task token lets anyone complete the activity: it never reaches the logs.
      const { taskToken: _taskToken, ...fields } = (entry.meta ?? {}) as Record<string, unknown>;
      switch (entry.level) {
        case 'TRACE':
        case 'DEBUG':
          temporalLogger.debug(entry.message, fields);
          break;
        case 'INFO':
          temporalLogger.info(entry.message, fields);
          break;
        case 'WARN':
          temporalLogger.warn(entry.message, fields);
          break;
        case 'ERROR':
          temporalLogger.error(entry.message, fields);
          break;
      }
    }),
  });
}
