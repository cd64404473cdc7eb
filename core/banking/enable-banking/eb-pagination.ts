import type { PagingStop } from '../aggregator.ts';
import type { EbTransaction, EbTransactionPage } from './eb-schemas.ts';

/** A guard against a bank that keeps handing out new keys for ever. */
export const MAX_PAGES = 200;

export interface PagedRows {
  readonly rows: readonly EbTransaction[];
  readonly complete: boolean;
  readonly stop: PagingStop;
  readonly pages: number;
}

/**
 * Reads every page of one transactions query. Each follow-up call sends the SAME parameters plus
 * the key (strict banks reject anything else, B10). Paging stops, marked incomplete, when a key
 * comes back a second time (B11: the same rows again and again) or when a page is empty but still
 * has a key (B12: the bank is still preparing history; the next sync tries again).
 */
export async function readAllPages(
  fetchPage: (continuationKey: string | undefined) => Promise<EbTransactionPage>,
): Promise<PagedRows> {
  const rows: EbTransaction[] = [];
  const seenKeys = new Set<string>();
  const seenPages = new Set<string>();
  let key: string | undefined;

  for (let pages = 1; ; pages += 1) {
    const page = await fetchPage(key);
    const next = page.continuation_key ?? null;

    // A page identical to an earlier one is the bank looping: its rows are already counted.
    const signature = JSON.stringify(page.transactions);
    const repeatedPage = page.transactions.length > 0 && seenPages.has(signature);
    seenPages.add(signature);
    if (!repeatedPage) rows.push(...page.transactions);

    if (next === null) return { rows, complete: true, stop: 'LAST_PAGE', pages };
    if (repeatedPage || seenKeys.has(next) || next === key) {
      return { rows, complete: false, stop: 'REPEATED_KEY', pages };
    }
    if (page.transactions.length === 0) {
      return { rows, complete: false, stop: 'EMPTY_PAGE_WITH_KEY', pages };
    }
    if (pages >= MAX_PAGES) return { rows, complete: false, stop: 'PAGE_LIMIT', pages };
    seenKeys.add(next);
    key = next;
  }
}
