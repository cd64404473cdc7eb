/**
 * How an aggregator call failed, in the classes the connection lifecycle acts on. The provider's
 * own code (`EXPIRED_SESSION`, `ASPSP_RATE_LIMIT_EXCEEDED`…) and HTTP status ride along; response
 * bodies never do (they can carry account data).
 */
export type AggregatorFailureKind =
  | 'CONSENT_EXPIRED'
  | 'CONSENT_REVOKED'
  | 'RATE_LIMITED'
  | 'USER_ACTION_REQUIRED'
  | 'TRANSIENT'
  | 'PERMANENT';

export interface AggregatorFailureDetails {
  readonly providerCode: string | null;
  readonly status: number | null;
  /** What was being done: `GET /accounts/{id}/transactions`. Ids are never in it. */
  readonly operation: string;
}

export abstract class AggregatorError extends Error {
  abstract readonly kind: AggregatorFailureKind;
  abstract readonly code: string;
  readonly providerCode: string | null;
  readonly status: number | null;
  readonly operation: string;

  constructor(message: string, details: AggregatorFailureDetails) {
    super(message);
    this.providerCode = details.providerCode;
    this.status = details.status;
    this.operation = details.operation;
  }
}

/** The consent reached its end date: only the person can renew it at the bank. */
export class ConsentExpiredError extends AggregatorError {
  readonly kind = 'CONSENT_EXPIRED';
  readonly code = 'BANK_CONSENT_EXPIRED';
}

/** The consent was withdrawn (at the bank, or the session closed). */
export class ConsentRevokedError extends AggregatorError {
  readonly kind = 'CONSENT_REVOKED';
  readonly code = 'BANK_CONSENT_REVOKED';
}

/** The bank's unattended-access budget is spent; try again at `retryAt`, not before. */
export class RateLimitedError extends AggregatorError {
  readonly kind = 'RATE_LIMITED';
  readonly code = 'BANK_RATE_LIMITED';
  constructor(
    message: string,
    details: AggregatorFailureDetails,
    readonly retryAt: Date,
  ) {
    super(message, details);
  }
}

/** The bank wants the person to do something (accept new terms, strong authentication). */
export class UserActionRequiredError extends AggregatorError {
  readonly kind = 'USER_ACTION_REQUIRED';
  readonly code = 'BANK_USER_ACTION_REQUIRED';
}

/** The bank or aggregator is down or slow: trying again later may work. */
export class TransientAggregatorError extends AggregatorError {
  readonly kind = 'TRANSIENT';
  readonly code = 'BANK_UNAVAILABLE';
}

/** The request itself is refused (credentials, parameters, unreadable answer): final. */
export class PermanentAggregatorError extends AggregatorError {
  readonly kind = 'PERMANENT';
  readonly code = 'BANK_REQUEST_REFUSED';
}
