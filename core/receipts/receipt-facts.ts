import { z } from 'zod';
import type { Prisma } from '../db/generated/client.ts';
import { isCalendarDate, type CalendarDate } from '../dates/calendar-date.ts';
import type { ReceiptFacts } from './matching/match-types.ts';
import type { ReceiptFields } from './receipt-types.ts';

const date = z
  .string()
  .refine(isCalendarDate)
  .nullable() as unknown as z.ZodType<CalendarDate | null>;
const cents = z.number().int().nullable();

// What Receipt.fields holds: checked when read back, like any data crossing a boundary.
const fieldsSchema = z.object({
  kind: z.enum(['invoice', 'receipt', 'credit_note', 'sales_invoice', 'sales_credit_note']),
  source: z.enum(['facturx', 'text']),
  facturxProfile: z.string().nullable(),
  vendor: z.string().nullable(),
  vendorNames: z.array(z.string()),
  vendorVat: z.string().nullable(),
  vendorSiren: z.string().nullable(),
  customer: z.string().nullable(),
  number: z.string().nullable(),
  issueDate: date,
  dueDate: date,
  currency: z.string().nullable(),
  totalCents: cents,
  netCents: cents,
  vatCents: cents,
  vat: z.array(
    z.object({ rate: z.string().nullable(), baseCents: cents, amountCents: z.number().int() }),
  ),
  prepaidCents: cents,
  amountDueCents: cents,
  references: z.object({
    creditorId: z.string().nullable(),
    mandateId: z.string().nullable(),
    accountIban: z.string().nullable(),
    paidWithSuffix: z.string().nullable(),
    wording: z.array(z.string()),
  }),
});

export function fieldsToJson(fields: ReceiptFields): Prisma.InputJsonValue {
  return fields as unknown as Prisma.InputJsonValue;
}

export function fieldsFromJson(value: unknown): ReceiptFields | null {
  const parsed = fieldsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** What matching needs from a read receipt; null when nothing was read (photo, scan). */
export function receiptFactsOf(id: string, fields: ReceiptFields | null): ReceiptFacts | null {
  if (!fields) return null;
  const income = fields.kind === 'sales_invoice' || fields.kind === 'sales_credit_note';
  return {
    id,
    direction: income ? 'income' : 'expense',
    totalCents: fields.totalCents,
    amountDueCents: fields.amountDueCents,
    currency: fields.currency ?? 'EUR',
    issueDate: fields.issueDate,
    dueDate: fields.dueDate,
    partyNames: income
      ? [fields.customer ?? ''].filter((name) => name !== '')
      : [...new Set([...fields.vendorNames, ...(fields.vendor ? [fields.vendor] : [])])],
    number: fields.number,
    references: fields.references,
  };
}
