import type { CalendarDate } from '../dates/calendar-date.ts';

/**
 * What a justificatif is once read. `sales_invoice` and `sales_credit_note` are issued by the
 * freelancer (recettes); the others are received from suppliers (dépenses).
 */
export type DocumentKind =
  'invoice' | 'receipt' | 'credit_note' | 'sales_invoice' | 'sales_credit_note';

/** One VAT line: the rate as printed ("20", "5.5"), null for exempt or out-of-scope parts. */
export interface VatLine {
  readonly rate: string | null;
  readonly baseCents: number | null;
  readonly amountCents: number;
}

/** Identifiers that tie a document to a bank line: creditor id (ICS), mandate (RUM)… */
export interface PaymentReferences {
  readonly creditorId: string | null;
  readonly mandateId: string | null;
  /** IBAN the document says is debited or credited (the freelancer's or another account). */
  readonly accountIban: string | null;
  /** The last digits of an account or card the document says paid ("***0 95", "4417"). */
  readonly paidWithSuffix: string | null;
  /** Words the bank line should carry ("LOYER POSTE FIXE OCTOBRE 2026", "FACT 2026-0917"). */
  readonly wording: readonly string[];
}

/** The fields of an invoice, credit note or till receipt; amounts in the document currency. */
export interface ReceiptFields {
  readonly kind: DocumentKind;
  /** `facturx` when the embedded XML gave the values, `text` when read from the page text. */
  readonly source: 'facturx' | 'text';
  readonly facturxProfile: string | null;
  readonly vendor: string | null;
  /** Every name the issuer goes by on the document (brand, legal name), for matching. */
  readonly vendorNames: readonly string[];
  readonly vendorVat: string | null;
  readonly vendorSiren: string | null;
  readonly customer: string | null;
  readonly number: string | null;
  readonly issueDate: CalendarDate | null;
  readonly dueDate: CalendarDate | null;
  readonly currency: string | null;
  /** Total TTC, signed: a credit note is negative. */
  readonly totalCents: number | null;
  readonly netCents: number | null;
  readonly vatCents: number | null;
  readonly vat: readonly VatLine[];
  readonly prepaidCents: number | null;
  readonly amountDueCents: number | null;
  readonly references: PaymentReferences;
}

/** A bank statement PDF (relevé): filed for its month, never matched. */
export interface StatementFields {
  readonly bankName: string | null;
  readonly bankCode: string | null;
  readonly branchCode: string | null;
  readonly accountNumber: string | null;
  readonly iban: string | null;
  readonly holder: string | null;
  readonly number: string | null;
  readonly periodFrom: CalendarDate;
  readonly periodTo: CalendarDate;
  readonly openingCents: number | null;
  readonly closingCents: number | null;
}

export type ReceiptReading =
  | { readonly kind: 'document'; readonly fields: ReceiptFields; readonly pageCount: number }
  | { readonly kind: 'statement'; readonly statement: StatementFields; readonly pageCount: number }
  /** A photo or a scan without a text layer: stored, matched only from what the user says. */
  | { readonly kind: 'no_text'; readonly pageCount: number | null };

export type ReceiptErrorCode =
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'CORRUPT_PDF'
  | 'ENCRYPTED_PDF'
  | 'TOO_MANY_PAGES'
  | 'PDF_BOMB'
  | 'TIMEOUT'
  | 'PARSER_CRASHED';

export interface ReceiptError {
  readonly code: ReceiptErrorCode;
  /** For logs and operators: what was found and what to do. */
  readonly message: string;
}

/** The file as the user sent it, before reading. */
export interface ReceiptFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** The type the channel announced; the content decides. */
  readonly mime: string | null;
}

/** Who the freelancer is, to recognise the invoices she issued. */
export interface OwnerIdentity {
  readonly names: readonly string[];
  readonly ibans: readonly string[];
  readonly vatNumbers: readonly string[];
}
