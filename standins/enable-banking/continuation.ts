/** What a continuation key remembers: the query it continues and where the next page starts. */
export interface ContinuationState {
  readonly account: string;
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly status: string | null;
  readonly strategy: string | null;
  readonly offset: number;
  /** Which rendering (sync generation) the pages come from. */
  readonly generation: number;
}

export function encodeContinuation(state: ContinuationState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

export function decodeContinuation(key: string): ContinuationState | null {
  try {
    const value = JSON.parse(Buffer.from(key, 'base64url').toString('utf8')) as ContinuationState;
    return typeof value.offset === 'number' ? value : null;
  } catch {
    return null;
  }
}

/**
 * The message strict banks send when a follow-up call does not repeat the original parameters
 * (B10), or null when they match.
 */
export function parameterMismatch(
  key: ContinuationState,
  query: {
    dateFrom: string | null;
    dateTo: string | null;
    status: string | null;
    strategy: string | null;
  },
): string | null {
  if (key.dateFrom !== query.dateFrom)
    return 'dateFrom in request is not the same as in continuationKey';
  if (key.dateTo !== query.dateTo) return 'dateTo in request is not the same as in continuationKey';
  if (key.status !== query.status) {
    return 'transactionStatus in request is not the same as in continuationKey';
  }
  if (key.strategy !== query.strategy)
    return 'strategy in request is not the same as in continuationKey';
  return null;
}
