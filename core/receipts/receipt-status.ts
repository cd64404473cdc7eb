import type { ReceiptKind, ReceiptStatus } from '../db/generated/enums.ts';
import type { MatchDecision } from './matching/match-types.ts';
import type { ReceiptFields } from './receipt-types.ts';

export function receiptKindOf(fields: ReceiptFields | null): ReceiptKind {
  if (!fields) return 'NO_TEXT';
  switch (fields.kind) {
    case 'invoice':
      return 'INVOICE';
    case 'receipt':
      return 'RECEIPT';
    case 'credit_note':
      return 'CREDIT_NOTE';
    case 'sales_invoice':
      return 'SALES_INVOICE';
    case 'sales_credit_note':
      return 'SALES_CREDIT_NOTE';
  }
}

export function receiptStatusOf(decision: MatchDecision): ReceiptStatus {
  switch (decision.outcome) {
    case 'matched':
      return 'MATCHED';
    case 'choose':
      return 'TO_CHOOSE';
    case 'unmatched':
      return 'UNMATCHED';
  }
}
