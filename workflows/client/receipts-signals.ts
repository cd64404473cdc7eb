import type { Client } from '@temporalio/client';
import type { ReceiptsPort } from '../../core/conversation/conversation-ports.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { notifyDocumentAttached } from './collection-commands.ts';

export type DocumentAttached = (input: { freelancerId: string; month: string }) => Promise<unknown>;

/** Tells the month's collection workflow through Temporal (nothing when none is running). */
export function documentAttachedVia(client: Client): DocumentAttached {
  return (input) => notifyDocumentAttached(client, input);
}

/**
 * The chat's receipts port, with the month's collection told each time a statement is filed or
 * a receipt matched (automatically, by the amount typed, or by the person's choice), so that it
 * checks again what is missing and completes as soon as nothing is. A failure to tell is logged:
 * the person's upload has succeeded, and the weekly check catches up.
 */
export function withCollectionSignals(
  port: ReceiptsPort,
  attached: DocumentAttached,
  logger: Logger,
): ReceiptsPort {
  const tell = async (freelancerId: string, month: string) => {
    await attached({ freelancerId, month }).catch((error: unknown) =>
      logger.warn('collection not told of a document', {
        freelancerId,
        month,
        error: String(error),
      }),
    );
  };
  return {
    listMissingReceipts: (input) => port.listMissingReceipts(input),
    async attachReceipt(request) {
      const outcome = await port.attachReceipt(request);
      if (outcome.kind === 'statement') await tell(request.freelancerId, outcome.month);
      if (outcome.kind === 'matched') {
        await tell(request.freelancerId, outcome.transaction.date.slice(0, 7));
      }
      return outcome;
    },
    async setReceiptAmount(request) {
      const result = await port.setReceiptAmount(request);
      if (result.matched) await tell(request.freelancerId, result.matched.date.slice(0, 7));
      return result;
    },
    async confirmMatch(request) {
      const result = await port.confirmMatch(request);
      await tell(request.freelancerId, result.transaction.date.slice(0, 7));
      return result;
    },
  };
}
