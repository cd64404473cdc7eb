import { ApplicationFailure } from '@temporalio/activity';
import { AggregatorError, RateLimitedError } from '../../core/banking/aggregator-errors.ts';
import { AuthorisationStateError } from '../../core/banking/bank-authorisations.ts';
import { ConnectionNotFoundError } from '../../core/banking/bank-connections.ts';
import { BANK_LINK_REFUSED, BANK_REQUEST_REFUSED, CONNECTION_NOT_FOUND } from '../failure-types.ts';

/**
 * Runs a banking step and turns its typed errors into Temporal's retry semantics: transient
 * failures are thrown as they are (the retry policy handles them), a rate limit retries at the
 * announced time, and everything that will fail again is non-retryable with a named type.
 */
export async function asBankActivity<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw toActivityFailure(error);
  }
}

function toActivityFailure(error: unknown): unknown {
  if (error instanceof AuthorisationStateError) {
    return ApplicationFailure.nonRetryable(error.message, BANK_LINK_REFUSED, { code: error.code });
  }
  if (error instanceof ConnectionNotFoundError) {
    return ApplicationFailure.nonRetryable(error.message, CONNECTION_NOT_FOUND, {
      code: error.code,
    });
  }
  if (!(error instanceof AggregatorError)) return error;
  const details = { code: error.code, providerCode: error.providerCode, status: error.status };
  switch (error.kind) {
    case 'TRANSIENT':
      return error;
    case 'RATE_LIMITED':
      return ApplicationFailure.create({
        message: error.message,
        type: error.code,
        details: [details],
        nextRetryDelay:
          error instanceof RateLimitedError
            ? Math.max(error.retryAt.getTime() - Date.now(), 1_000)
            : '1 hour',
      });
    case 'CONSENT_EXPIRED':
    case 'CONSENT_REVOKED':
    case 'USER_ACTION_REQUIRED':
      return ApplicationFailure.nonRetryable(error.message, BANK_LINK_REFUSED, details);
    case 'PERMANENT':
      return ApplicationFailure.nonRetryable(error.message, BANK_REQUEST_REFUSED, details);
  }
}
