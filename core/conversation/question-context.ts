import { z } from 'zod';
import type { ButtonAction } from './outgoing-message.ts';

/**
 * What a stored question remembers, so that its buttons carry only a short reference. Read back
 * with zod: a row written by an older version that no longer fits is treated as expired.
 */
export type QuestionKind = 'category' | 'split_amount' | 'receipt' | 'actions';

const cents = z.number().int();

export const buttonActionSchema: z.ZodType<ButtonAction> = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('confirm_category'),
    transactionId: z.string(),
    categoryCode: z.string(),
  }),
  z.object({ kind: z.literal('choose_other_category'), transactionId: z.string() }),
  z.object({ kind: z.literal('renew_connection'), connectionId: z.string() }),
  z.object({
    kind: z.literal('remind_later'),
    connectionId: z.string(),
    days: z.number().int().positive(),
  }),
  z.object({ kind: z.literal('match_receipt'), receiptId: z.string(), transactionId: z.string() }),
  z.object({ kind: z.literal('show_missing_receipts'), month: z.string().regex(/^\d{4}-\d{2}$/) }),
  z.object({ kind: z.literal('split_transaction'), transactionId: z.string() }),
  z.object({ kind: z.literal('link_bank'), bankId: z.string(), bankName: z.string() }),
  z.object({ kind: z.literal('disconnect_connection'), connectionId: z.string() }),
]);

const categoryContext = z.object({
  kind: z.literal('category'),
  transactionId: z.string(),
  description: z.string(),
  amountCents: cents,
  suggested: z.string().nullable(),
  confidence: z.number().int().min(0).max(100),
});

const splitContext = z.object({
  kind: z.literal('split_amount'),
  transactionId: z.string(),
  description: z.string(),
  amountCents: cents,
  categoryCode: z.string().nullable(),
});

const receiptContext = z.object({
  kind: z.literal('receipt'),
  receiptId: z.string(),
  fileName: z.string(),
  actions: z.array(buttonActionSchema),
});

const actionsContext = z.object({
  kind: z.literal('actions'),
  actions: z.array(buttonActionSchema),
});

export const questionContextSchema = z.discriminatedUnion('kind', [
  categoryContext,
  splitContext,
  receiptContext,
  actionsContext,
]);

export type QuestionContext = z.infer<typeof questionContextSchema>;
export type CategoryContext = z.infer<typeof categoryContext>;
export type SplitContext = z.infer<typeof splitContext>;
export type ReceiptContext = z.infer<typeof receiptContext>;

/** Questions answered by typing rather than by a button. */
export function expectsTypedAnswer(kind: QuestionKind): boolean {
  return kind === 'split_amount' || kind === 'receipt';
}
