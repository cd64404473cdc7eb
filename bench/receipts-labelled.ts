// The labelled set of the receipts bench: every fixture of ../shared/fixtures/receipts with its
// expected reading and matches, then the cases of receipts-cases.ts, and the transactions they
// are matched against (the sample statements plus each case's own rows).
import { readFileSync } from 'node:fs';
import type { CalendarDate } from '../core/dates/calendar-date.ts';
import { canTakeReceipt } from '../core/receipts/open-transactions.ts';
import type { TransactionFacts } from '../core/receipts/matching/match-types.ts';
import { readExpectedReceipts, SAMPLE_FILES } from '../core/receipts/test-support/sample-books.ts';
import { readStatement } from '../core/statements/read-statement.ts';
import { FIXTURES_DIR } from '../test/fixtures.ts';
import { creditAndForeignCases } from './receipts-cases-credits.ts';
import { invoiceCases } from './receipts-cases-invoices.ts';
import type { LabelledCase } from './receipts-cases.ts';

export interface LabelledItem {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** A document kind, `bank_statement`, `no_text`, or the error code the file must give. */
  readonly kind: string;
  readonly fields: {
    readonly number: string | null;
    readonly date: string | null;
    readonly currency: string | null;
    readonly totalCents: number | null;
    readonly netCents: number | null;
    readonly vatCents: number | null;
    readonly vendor: string | null;
  } | null;
  readonly matches: readonly string[];
}

const ERROR_KINDS: Readonly<Record<string, string>> = {
  'no text layer': 'no_text',
  'truncated PDF': 'CORRUPT_PDF',
  'empty file (0 bytes)': 'EMPTY_FILE',
  'no text / too many pages': 'TOO_MANY_PAGES',
  'not a PDF (HTML document)': 'UNSUPPORTED_TYPE',
};

const cents = (text: string | null) => (text === null ? null : Math.round(Number(text) * 100));

/** Formats and matching cases the fixtures do not cover, written for this bench. */
export function addedCases(): LabelledCase[] {
  return [...invoiceCases(), ...creditAndForeignCases()];
}

export function labelledItems(): LabelledItem[] {
  const fixtures = readExpectedReceipts(FIXTURES_DIR).receipts.map((receipt): LabelledItem => {
    const kind = receipt.error ? (ERROR_KINDS[receipt.error] ?? receipt.error) : receipt.kind;
    const isDocument = !receipt.error && receipt.kind !== 'bank_statement';
    const vat = receipt.vat.reduce((sum, line) => sum + (cents(line.amount) ?? 0), 0);
    return {
      name: receipt.file,
      bytes: new Uint8Array(readFileSync(`${FIXTURES_DIR}/receipts/${receipt.file}`)),
      kind,
      fields: isDocument
        ? {
            number: receipt.number?.replace(/ \(.*\)$/, '') ?? null,
            date: receipt.date,
            currency: receipt.currency,
            totalCents: cents(receipt.total_ttc),
            netCents: cents(receipt.total_ht),
            vatCents: receipt.vat.length > 0 ? vat : null,
            vendor: receipt.vendor,
          }
        : null,
      matches: receipt.matches,
    };
  });
  const cases = addedCases().map((item): LabelledItem => ({
    name: item.name,
    bytes: item.bytes,
    kind: item.expected.kind,
    fields: item.expected,
    matches: item.matches,
  }));
  return [...fixtures, ...cases];
}

/** The sample statements' rows and the cases' own rows, as matching sees them. */
export function labelledTransactions(): TransactionFacts[] {
  const sample = SAMPLE_FILES.flatMap((file) => {
    const parsed = readStatement(
      new Uint8Array(readFileSync(`${FIXTURES_DIR}/statements/sample/${file}`)),
      file,
    );
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
    return parsed.value.accounts.flatMap((account) =>
      account.transactions.map((row) => ({
        id: row.providerId ?? `${file}:${row.line}`,
        accountId: account.ref ?? file,
        accountKind: account.kind === 'DEFERRED_CARD' ? 'DEFERRED_CARD' : 'CHECKING',
        accountRef: account.ref,
        accountIban: null,
        bookingDate: row.bookingDate,
        operationDate: row.operationDate,
        amountCents: row.amountCents,
        remainingCents: row.amountCents,
        rawLabel: row.rawLabel,
      })),
    );
  });
  const cases = addedCases().flatMap((item) =>
    item.transactions.map((row) => ({
      id: row.id,
      accountId: row.account,
      accountKind: row.account === 'card' ? 'DEFERRED_CARD' : 'CHECKING',
      accountRef: row.account === 'card' ? 'XXXXXXXXXXXX4821' : '00051234567',
      accountIban: null,
      bookingDate: row.date as CalendarDate,
      operationDate: (row.operationDate ?? null) as CalendarDate | null,
      amountCents: row.cents,
      remainingCents: row.cents,
      rawLabel: row.label,
    })),
  );
  return [...sample, ...cases].filter((row) => canTakeReceipt(row.rawLabel, row.amountCents));
}
