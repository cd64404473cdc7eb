import type { KeyObject } from 'node:crypto';
import type { z } from 'zod';
import { PermanentAggregatorError, TransientAggregatorError } from '../aggregator-errors.ts';
import { classifyEnableBankingError } from './eb-errors.ts';
import { signEnableBankingJwt } from './eb-jwt.ts';

export interface EbHttpOptions {
  /** `https://api.enablebanking.com`, or a stand-in on loopback in tests. */
  readonly baseUrl: string;
  readonly applicationId: string;
  readonly privateKey: KeyObject;
  readonly clock: () => Date;
  readonly timeoutMs?: number;
}

export interface EbRequest<T> {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Path with ids already encoded, e.g. `/accounts/abc/transactions`. */
  readonly path: string;
  /** Shown in errors and logs instead of the path, so that ids stay out of them. */
  readonly operation: string;
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly body?: unknown;
  readonly schema: z.ZodType<T, z.ZodTypeDef, unknown>;
}

export type EbHttp = <T>(request: EbRequest<T>) => Promise<T>;

/**
 * One signed call to Enable Banking: a fresh JWT, a timeout, the answer checked with zod, and
 * every failure turned into a typed aggregator error. Network failures are transient; an answer
 * that does not match the documented shape is permanent (retrying returns the same).
 */
export function createEbHttp(options: EbHttpOptions): EbHttp {
  return async (request) => {
    const url = new URL(request.path, options.baseUrl);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, value);
    }
    const now = options.clock();
    const token = signEnableBankingJwt({
      applicationId: options.applicationId,
      privateKey: options.privateKey,
      now,
    });
    const details = { providerCode: null, status: null, operation: request.operation };

    let response: Response;
    try {
      response = await fetch(url, {
        method: request.method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.name : 'network error';
      throw new TransientAggregatorError(`Enable Banking ${request.operation}: ${reason}`, details);
    }

    const text = await response.text();
    const body = parseJson(text);
    if (!response.ok) {
      throw classifyEnableBankingError({
        status: response.status,
        body,
        retryAfter: response.headers.get('retry-after'),
        operation: request.operation,
        now,
      });
    }
    const parsed = request.schema.safeParse(body);
    if (!parsed.success) {
      const where = parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ');
      throw new PermanentAggregatorError(
        `Enable Banking ${request.operation}: unexpected answer (${where})`,
        { ...details, status: response.status },
      );
    }
    return parsed.data;
  };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
