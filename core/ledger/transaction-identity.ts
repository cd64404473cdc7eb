import { createHash } from 'node:crypto';

export interface IdentityInput {
  readonly status: 'BOOKED' | 'PENDING';
  readonly bookingDate: string;
  readonly amountCents: number;
  readonly currency: string;
}

/**
 * The content part of a transaction's identity: day, amount and currency. The label is left out
 * on purpose: one bank writes the same row differently in its OFX and CSV exports, and
 * aggregators change remittance text between syncs (B14). Twins on one day are told apart by
 * their occurrence index.
 */
export function contentFingerprint(row: IdentityInput): string {
  const key = `${row.status}|${row.bookingDate}|${row.amountCents}|${row.currency}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/**
 * Numbers identical rows in the order the source lists them: two coffees at 3,50 € on one day
 * become occurrences 0 and 1, so both are kept, and a statement that overlaps an earlier one
 * finds the same (fingerprint, occurrence) pairs and adds nothing.
 */
export function withOccurrences<T extends IdentityInput>(
  rows: readonly T[],
): Array<T & { fingerprint: string; occurrence: number }> {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const fingerprint = contentFingerprint(row);
    const occurrence = seen.get(fingerprint) ?? 0;
    seen.set(fingerprint, occurrence + 1);
    return { ...row, fingerprint, occurrence };
  });
}
