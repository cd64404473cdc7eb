import { pino, type Logger as PinoLogger } from 'pino';

/** A constant message plus fields; never tokens, IBANs or whole payloads. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(bindings: Record<string, unknown>): Logger;
}

// Any field with one of these names is masked, however deep, before it reaches the output.
const REDACTED_PATHS = [
  'iban',
  'token',
  'taskToken',
  'password',
  'secret',
  'authorization',
  'privateKey',
  'authorizationCode',
].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

function wrap(logger: PinoLogger): Logger {
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
    child: (bindings) => wrap(logger.child(bindings)),
  };
}

/** JSON lines on stderr, so that command output on stdout stays readable. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return wrap(
    pino({ level, redact: { paths: REDACTED_PATHS, censor: '[masked]' } }, pino.destination(2)),
  );
}

/** For tests and code paths that must not log. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
