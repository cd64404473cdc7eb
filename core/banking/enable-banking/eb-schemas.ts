import { z } from 'zod';

/**
 * Enable Banking responses as the API documents them (bank-sync.md §2.2). Fields Pointage does
 * not read are let through untouched; fields it reads are checked, and may be null where banks
 * are known to leave them out.
 */

const nullableText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

export const ebErrorSchema = z
  .object({
    code: z.number().int().nullish(),
    error: z.string().nullish(),
    message: z.string().nullish(),
    detail: z.unknown().optional(),
  })
  .passthrough();

export const ebApplicationSchema = z
  .object({
    name: z.string(),
    kid: z.string().optional(),
    environment: z.string().optional(),
    redirect_urls: z.array(z.string()).default([]),
    active: z.boolean().optional(),
  })
  .passthrough();

export const ebAspspSchema = z
  .object({
    name: z.string(),
    country: z.string(),
    logo: nullableText,
    psu_types: z.array(z.string()).default([]),
    maximum_consent_validity: z.number().int().positive().nullish(),
  })
  .passthrough();

export const ebAspspListSchema = z.object({ aspsps: z.array(ebAspspSchema) }).passthrough();

export const ebAuthResponseSchema = z
  .object({
    url: z.string().url(),
    authorization_id: z.string(),
    psu_id_hash: z.string().nullish(),
  })
  .passthrough();

export const ebAccountSchema = z
  .object({
    uid: z.string().min(1),
    account_id: z.object({ iban: nullableText }).passthrough().nullish(),
    name: nullableText,
    details: nullableText,
    product: nullableText,
    usage: nullableText,
    cash_account_type: nullableText,
    currency: z.string().min(3).max(3),
  })
  .passthrough();

const ebAccessSchema = z
  .object({ valid_until: z.string().datetime({ offset: true }) })
  .passthrough();
const ebAspspRefSchema = z.object({ name: z.string(), country: z.string() }).passthrough();

export const ebSessionSchema = z
  .object({
    session_id: z.string().min(1),
    accounts: z.array(ebAccountSchema),
    aspsp: ebAspspRefSchema,
    psu_type: z.string().optional(),
    access: ebAccessSchema,
  })
  .passthrough();

export const EB_SESSION_STATUSES = [
  'AUTHORIZED',
  'CANCELLED',
  'CLOSED',
  'EXPIRED',
  'INVALID',
  'PENDING_AUTHORIZATION',
  'RETURNED_FROM_BANK',
  'REVOKED',
] as const;

export const ebSessionStatusSchema = z
  .object({ status: z.enum(EB_SESSION_STATUSES), access: ebAccessSchema.nullish() })
  .passthrough();

const ebAmountSchema = z
  .object({ currency: z.string().min(3).max(3), amount: z.string() })
  .passthrough();
const ebPartySchema = z.object({ name: nullableText }).passthrough().nullish();
const ebPartyAccountSchema = z.object({ iban: nullableText }).passthrough().nullish();

export const ebTransactionSchema = z
  .object({
    transaction_id: nullableText,
    entry_reference: nullableText,
    transaction_amount: ebAmountSchema,
    credit_debit_indicator: z.string().nullish(),
    status: z.string(),
    booking_date: nullableText,
    value_date: nullableText,
    transaction_date: nullableText,
    creditor: ebPartySchema,
    creditor_account: ebPartyAccountSchema,
    debtor: ebPartySchema,
    debtor_account: ebPartyAccountSchema,
    remittance_information: z.array(z.string()).nullish(),
    note: nullableText,
    reference_number: nullableText,
  })
  .passthrough();

export const ebTransactionPageSchema = z
  .object({
    transactions: z.array(ebTransactionSchema),
    continuation_key: nullableText,
  })
  .passthrough();

export const ebBalancesSchema = z
  .object({
    balances: z.array(
      z
        .object({
          balance_amount: ebAmountSchema,
          balance_type: z.string(),
          reference_date: nullableText,
          last_change_date_time: nullableText,
        })
        .passthrough(),
    ),
  })
  .passthrough();

export type EbAspsp = z.infer<typeof ebAspspSchema>;
export type EbAccount = z.infer<typeof ebAccountSchema>;
export type EbSession = z.infer<typeof ebSessionSchema>;
export type EbTransaction = z.infer<typeof ebTransactionSchema>;
export type EbTransactionPage = z.infer<typeof ebTransactionPageSchema>;
export type EbBalances = z.infer<typeof ebBalancesSchema>;
