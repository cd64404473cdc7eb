import { daysBetween, type CalendarDate } from '../dates/calendar-date.ts';
import { contentFingerprint, type IdentityInput } from './transaction-identity.ts';

// A pending row and the booked row that replaces it are at most this far apart.
export const SUPERSEDE_WINDOW_DAYS = 5;

export interface SyncedRow extends IdentityInput {
  readonly providerId: string | null;
  readonly bookingDate: CalendarDate;
}

/** A row already in the ledger for the same account. */
export interface LedgerRow extends SyncedRow {
  readonly id: string;
  readonly fingerprint: string;
  readonly occurrence: number;
  readonly supersededById: string | null;
}

export interface SyncedMatch<T> {
  readonly fresh: Array<T & { fingerprint: string; occurrence: number }>;
  readonly knownCount: number;
  /** Pending ledger rows the bank still lists as pending: they are not superseded yet. */
  readonly stillPendingIds: ReadonlySet<string>;
}

/**
 * Sorts one account's fetched rows into those the ledger already has and the new ones, in three
 * passes (DESIGN.md, identity of a transaction):
 *
 * 1. the provider's id, scoped by the account, with the same amount and status (an id seen again
 *    with another amount is a new transaction, B06);
 * 2. the content fingerprint: the same day, amount and status with other ids or none is the same
 *    row (banks that renew ids on every sync, B14), twins paired one by one;
 * 3. a pending row without a stable date or id matches a pending row of the same amount a few
 *    days around it (its date falls back to the fetch day, B13).
 *
 * New rows get the next free occurrence of their fingerprint, so they never collide.
 */
export function matchSyncedRows<T extends SyncedRow>(
  incoming: readonly T[],
  ledger: readonly LedgerRow[],
): SyncedMatch<T> {
  const consumed = new Set<string>();
  const stillPendingIds = new Set<string>();
  const remaining: T[] = [];
  const take = (row: LedgerRow) => {
    consumed.add(row.id);
    if (row.status === 'PENDING') stillPendingIds.add(row.id);
  };

  // 1. Provider ids.
  for (const row of incoming) {
    const byId = row.providerId
      ? ledger.find(
          (known) =>
            !consumed.has(known.id) &&
            known.providerId === row.providerId &&
            known.amountCents === row.amountCents &&
            known.currency === row.currency &&
            known.status === row.status,
        )
      : undefined;
    if (byId) take(byId);
    else remaining.push(row);
  }

  // 2. Content fingerprints, twins in order.
  const afterContent: Array<T & { fingerprint: string }> = [];
  for (const row of remaining) {
    const fingerprint = contentFingerprint(row);
    const byContent = ledger
      .filter((known) => !consumed.has(known.id) && known.fingerprint === fingerprint)
      .sort((a, b) => a.occurrence - b.occurrence)[0];
    if (byContent) take(byContent);
    else afterContent.push({ ...row, fingerprint });
  }

  // 3. Pending rows whose date moved with the fetch day.
  const fresh: Array<T & { fingerprint: string; occurrence: number }> = [];
  const nextOccurrence = new Map<string, number>();
  for (const row of afterContent) {
    const pendingTwin =
      row.status === 'PENDING'
        ? ledger.find(
            (known) =>
              !consumed.has(known.id) &&
              known.status === 'PENDING' &&
              known.supersededById === null &&
              known.amountCents === row.amountCents &&
              known.currency === row.currency &&
              Math.abs(daysBetween(known.bookingDate, row.bookingDate)) <= SUPERSEDE_WINDOW_DAYS,
          )
        : undefined;
    if (pendingTwin) {
      take(pendingTwin);
      continue;
    }
    const used = ledger.filter((known) => known.fingerprint === row.fingerprint);
    const occurrence =
      nextOccurrence.get(row.fingerprint) ??
      Math.max(-1, ...used.map((known) => known.occurrence)) + 1;
    nextOccurrence.set(row.fingerprint, occurrence + 1);
    fresh.push({ ...row, occurrence });
  }

  return { fresh, knownCount: incoming.length - fresh.length, stillPendingIds };
}

/**
 * Booked rows arriving now replace the pending row of the same amount a few days around them
 * that the bank no longer lists as pending (B04). Returns pairs `[pendingId, bookedId]`.
 */
export function findSupersededPending(
  ledger: readonly LedgerRow[],
  stillPendingIds: ReadonlySet<string>,
  booked: ReadonlyArray<{ id: string } & SyncedRow>,
): Array<[string, string]> {
  const candidates = ledger.filter(
    (row) =>
      row.status === 'PENDING' && row.supersededById === null && !stillPendingIds.has(row.id),
  );
  const used = new Set<string>();
  const pairs: Array<[string, string]> = [];
  for (const row of booked) {
    if (row.status !== 'BOOKED') continue;
    const match = candidates.find(
      (pending) =>
        !used.has(pending.id) &&
        pending.amountCents === row.amountCents &&
        pending.currency === row.currency &&
        Math.abs(daysBetween(pending.bookingDate, row.bookingDate)) <= SUPERSEDE_WINDOW_DAYS,
    );
    if (!match) continue;
    used.add(match.id);
    pairs.push([match.id, row.id]);
  }
  return pairs;
}
