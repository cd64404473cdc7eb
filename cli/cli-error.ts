/** An error the user caused and can fix: printed without a stack, exit code 1. */
export class CliError extends Error {
  readonly code = 'CLI_USAGE';
}
