// The shape of the labelled receipts added to the fixtures for the receipts bench (the cases are
// in receipts-cases-invoices.ts and receipts-cases-credits.ts).
import { textPdf } from '../core/receipts/test-support/make-pdf.ts';

export interface CaseTransaction {
  readonly id: string;
  readonly account: 'checking' | 'card';
  readonly date: string;
  readonly operationDate?: string;
  readonly cents: number;
  readonly label: string;
}

export interface LabelledCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly expected: {
    readonly kind: string;
    readonly number: string;
    readonly date: string;
    readonly currency: string;
    readonly totalCents: number;
    readonly netCents: number | null;
    readonly vatCents: number | null;
    readonly vendor: string;
  };
  readonly transactions: readonly CaseTransaction[];
  readonly matches: readonly string[];
}

/** A one-page PDF of the lines of `text` (indentation ignored). */
export function page(text: string): Uint8Array {
  return textPdf(
    text
      .trim()
      .split('\n')
      .map((line) => line.trim()),
  );
}
