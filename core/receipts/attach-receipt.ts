import type { Database } from '../db/prisma-client.ts';
import { toDbDate } from '../dates/calendar-date.ts';
import type { FileStore } from '../files/file-store.ts';
import { silentLogger, type Logger } from '../logging/logger.ts';
import { applyMatch } from './apply-match.ts';
import { sharedPdfSandbox, type PdfSandbox } from './extract/pdf-sandbox.ts';
import { readReceipt } from './extract/read-receipt.ts';
import { fileMonthStatement, type FiledStatement } from './file-month-statement.ts';
import type { MatchContext } from './matching/find-candidates.ts';
import type { MatchDecision } from './matching/match-types.ts';
import { loadOwnerIdentity } from './owner-identity.ts';
import { decideForReceipt } from './receipt-decision.ts';
import { fieldsToJson } from './receipt-facts.ts';
import type { ReceiptError, ReceiptFields, ReceiptReading } from './receipt-types.ts';
import { receiptKindOf, receiptStatusOf } from './receipt-status.ts';

export interface AttachOptions extends MatchContext {
  readonly sandbox?: PdfSandbox;
  readonly logger?: Logger;
}

export type AttachOutcome =
  /** Nothing stored: the file cannot be used; `error.code` says why. */
  | { readonly kind: 'rejected'; readonly error: ReceiptError }
  | { readonly kind: 'statement'; readonly filed: FiledStatement }
  | {
      readonly kind: 'receipt';
      readonly receiptId: string;
      /** The same file was sent before: its stored state is returned, nothing is added. */
      readonly alreadyKnown: boolean;
      /** Photo or scan: nothing could be read, the user says the amount or picks the payment. */
      readonly noText: boolean;
      readonly fields: ReceiptFields | null;
      /** Null when the receipt was already matched before this call. */
      readonly decision: MatchDecision | null;
      /** The transactions it justifies now (matched by this call or before). */
      readonly matchedTransactionIds: readonly string[];
    };

/**
 * A file the freelancer sent: what it is and which transaction it justifies. A receipt is read
 * (Factur-X XML first), stored once by content, then matched when one candidate is clearly right;
 * otherwise the candidates are returned for the user to choose. A bank statement is filed for
 * its month. A file that cannot be read is refused with its reason and nothing is stored.
 */
export async function attachReceipt(
  db: Database,
  files: FileStore,
  freelancerId: string,
  bytes: Uint8Array,
  fileName: string,
  mime: string | null,
  options: AttachOptions = {},
): Promise<AttachOutcome> {
  const logger = options.logger ?? silentLogger;
  const owner = await loadOwnerIdentity(db, freelancerId);
  const read = await readReceipt(
    { bytes, fileName, mime },
    { sandbox: options.sandbox ?? sharedPdfSandbox(), owner },
  );
  if (!read.ok) {
    logger.info('receipt refused', { freelancerId, errorCode: read.error.code });
    return { kind: 'rejected', error: read.error };
  }
  for (const notice of read.value.notices)
    logger.warn('receipt read with a notice', { freelancerId, notice });

  const { reading } = read.value;
  if (reading.kind === 'statement') {
    const filed = await fileMonthStatement(db, files, {
      freelancerId,
      bytes,
      fileName,
      statement: reading.statement,
    });
    logger.info('bank statement filed', {
      freelancerId,
      month: filed.month,
      alreadyFiled: filed.alreadyFiled,
    });
    return { kind: 'statement', filed };
  }

  const stored = await files.put(bytes);
  const existing = await db.receipt.findUnique({
    where: { freelancerId_fileSha256: { freelancerId, fileSha256: stored.sha256 } },
  });
  const fields = reading.kind === 'document' ? reading.fields : null;
  if (existing) {
    const matched = await activeMatchTransactions(db, existing.id);
    const decision =
      matched.length > 0 ? null : await decideForReceipt(db, freelancerId, existing.id, options);
    return {
      kind: 'receipt',
      receiptId: existing.id,
      alreadyKnown: true,
      noText: fields === null,
      fields,
      decision,
      matchedTransactionIds: matched,
    };
  }

  const receiptId = crypto.randomUUID();
  await db.receipt.create({
    data: receiptRow(receiptId, freelancerId, fileName, read.value.mime, stored, reading),
  });
  const decision = await decideForReceipt(db, freelancerId, receiptId, options);
  const applied =
    decision.outcome === 'matched' ? await applyMatch(db, receiptId, decision.best, 'AUTO') : null;
  if (!applied) {
    await db.receipt.update({
      where: { id: receiptId },
      data: { status: receiptStatusOf(decision) },
    });
  }
  logger.info('receipt attached', {
    freelancerId,
    receiptId,
    outcome: decision.outcome,
    noText: fields === null,
  });
  return {
    kind: 'receipt',
    receiptId,
    alreadyKnown: false,
    noText: fields === null,
    fields,
    decision,
    matchedTransactionIds: applied?.transactionIds ?? [],
  };
}

function receiptRow(
  id: string,
  freelancerId: string,
  fileName: string,
  mime: string,
  stored: { sha256: string; size: number },
  reading: Exclude<ReceiptReading, { kind: 'statement' }>,
) {
  const fields = reading.kind === 'document' ? reading.fields : null;
  const big = (cents: number | null | undefined) =>
    cents === null || cents === undefined ? null : BigInt(cents);
  return {
    id,
    freelancerId,
    fileSha256: stored.sha256,
    fileName,
    sizeBytes: stored.size,
    mime,
    kind: receiptKindOf(fields),
    status: 'UNMATCHED' as const,
    source: fields?.source ?? null,
    facturxProfile: fields?.facturxProfile ?? null,
    vendor: fields?.vendor ?? null,
    vendorVat: fields?.vendorVat ?? null,
    number: fields?.number ?? null,
    issueDate: fields?.issueDate ? toDbDate(fields.issueDate) : null,
    dueDate: fields?.dueDate ? toDbDate(fields.dueDate) : null,
    currency: fields?.currency ?? null,
    totalCents: big(fields?.totalCents),
    netCents: big(fields?.netCents),
    vatCents: big(fields?.vatCents),
    amountDueCents: big(fields?.amountDueCents),
    ...(fields ? { fields: fieldsToJson(fields) } : {}),
  };
}

async function activeMatchTransactions(db: Database, receiptId: string): Promise<string[]> {
  const rows = await db.receiptMatch.findMany({
    where: { receiptId, undoneAt: null },
    select: { transactionId: true },
  });
  return rows.map((row) => row.transactionId);
}
