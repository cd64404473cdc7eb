import {
  ConsentExpiredError,
  ConsentRevokedError,
  PermanentAggregatorError,
  RateLimitedError,
  TransientAggregatorError,
  UserActionRequiredError,
  type AggregatorError,
  type AggregatorFailureDetails,
  type AggregatorFailureKind,
} from '../aggregator-errors.ts';
import { nextParisMidnight } from '../paris-day.ts';
import { ebErrorSchema } from './eb-schemas.ts';

// Enable Banking's text codes that say more than the HTTP status (bank-sync.md §2.2, Errors).
const PROVIDER_CODES: Readonly<Record<string, AggregatorFailureKind>> = {
  EXPIRED_SESSION: 'CONSENT_EXPIRED',
  CLOSED_SESSION: 'CONSENT_REVOKED',
  REVOKED_SESSION: 'CONSENT_REVOKED',
  ASPSP_RATE_LIMIT_EXCEEDED: 'RATE_LIMITED',
  ASPSP_PSU_ACTION_REQUIRED: 'USER_ACTION_REQUIRED',
  ASPSP_ERROR: 'TRANSIENT',
  ASPSP_TIMEOUT: 'TRANSIENT',
};

export interface EbFailedResponse {
  readonly status: number;
  readonly body: unknown;
  readonly retryAfter: string | null;
  readonly operation: string;
  readonly now: Date;
}

/**
 * Classifies an Enable Banking error answer. The text code (`error`) decides first, the HTTP
 * status second: the bank's message is free text and moves between `message` and `detail`.
 */
export function classifyEnableBankingError(response: EbFailedResponse): AggregatorError {
  const parsed = ebErrorSchema.safeParse(response.body);
  const providerCode = parsed.success ? (parsed.data.error ?? null) : null;
  const text = parsed.success ? [parsed.data.message, describe(parsed.data.detail)].join(' ') : '';
  const details: AggregatorFailureDetails = {
    providerCode,
    status: response.status,
    operation: response.operation,
  };
  const what = providerCode ?? `HTTP ${response.status}`;
  const message = `Enable Banking ${response.operation} failed: ${what}`;

  const kind = providerCode ? PROVIDER_CODES[providerCode] : undefined;
  if (kind === 'CONSENT_EXPIRED') return new ConsentExpiredError(message, details);
  if (kind === 'CONSENT_REVOKED') return new ConsentRevokedError(message, details);
  if (kind === 'USER_ACTION_REQUIRED') return new UserActionRequiredError(message, details);
  if (kind === 'TRANSIENT') return new TransientAggregatorError(message, details);
  if (kind === 'RATE_LIMITED' || response.status === 429) {
    return new RateLimitedError(message, details, retryTime(response, text));
  }
  if (response.status >= 500 || response.status === 408) {
    return new TransientAggregatorError(message, details);
  }
  return new PermanentAggregatorError(message, details);
}

/**
 * When to try again: the Retry-After header, else "in N seconds" in the text (B02's wording),
 * else the next Paris midnight, when daily bank budgets start again.
 */
function retryTime(response: EbFailedResponse, text: string): Date {
  const header = response.retryAfter?.trim();
  if (header && /^\d+$/.test(header))
    return new Date(response.now.getTime() + Number(header) * 1000);
  if (header && !Number.isNaN(Date.parse(header))) return new Date(Date.parse(header));
  const seconds = /in (\d+) seconds?/i.exec(text);
  if (seconds) return new Date(response.now.getTime() + Number(seconds[1]) * 1000);
  return nextParisMidnight(response.now);
}

function describe(detail: unknown): string {
  if (typeof detail === 'string') return detail;
  if (detail && typeof detail === 'object') return JSON.stringify(detail).slice(0, 500);
  return '';
}
