import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/logging/logger.ts';

/**
 * Bolt and its Web API client log through ours. They pass free-form arguments: only the first
 * one, when it is text, is kept (shortened), so no payload or token reaches the log.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (args: unknown[]) => {
    const [first] = args;
    if (first instanceof Error) return `${first.name}: ${first.message}`.slice(0, 200);
    return typeof first === 'string' ? first.slice(0, 200) : 'slack library message';
  };
  return {
    debug: (...args: unknown[]) => logger.debug(text(args)),
    info: (...args: unknown[]) => logger.info(text(args)),
    warn: (...args: unknown[]) => logger.warn(text(args)),
    error: (...args: unknown[]) => logger.error(text(args)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
