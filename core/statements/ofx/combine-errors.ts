import type { StatementError } from '../statement-types.ts';

/**
 * One error for the whole file: the first problem (its code and line), and the message also
 * names the others so one round of fixes is enough.
 */
export function combineErrors(errors: readonly StatementError[]): StatementError {
  const [first, ...others] = errors;
  if (!first) return { code: 'MALFORMED', line: null, message: 'unreadable file' };
  if (others.length === 0) return first;
  const more = others.map((other) => `line ${other.line ?? '?'}: ${other.message}`).join('; ');
  return { ...first, message: `${first.message} (also ${more})` };
}
