import { describe, expect, it } from 'vitest';
import type {
  ReceiptsPort,
  TransactionSummary,
} from '../../core/conversation/conversation-ports.ts';
import type { CalendarDate } from '../../core/dates/calendar-date.ts';
import { silentLogger } from '../../core/logging/logger.ts';
import { withCollectionSignals, type DocumentAttached } from './receipts-signals.ts';

const october: TransactionSummary = {
  id: 'tx-1',
  providerId: null,
  date: '2026-10-21' as CalendarDate,
  label: 'PAPETERIE',
  accountName: 'Compte pro',
  amountCents: -4690,
};

function port(outcome: Awaited<ReturnType<ReceiptsPort['attachReceipt']>>): ReceiptsPort {
  return {
    attachReceipt: async () => outcome,
    setReceiptAmount: async () => ({ matched: october, candidates: [] }),
    confirmMatch: async () => ({ transaction: october }),
    listMissingReceipts: async () => [october],
  };
}

function recorder(): DocumentAttached & { told: string[] } {
  const told: string[] = [];
  return Object.assign(
    async (input: { freelancerId: string; month: string }) => {
      told.push(`${input.freelancerId}:${input.month}`);
    },
    { told },
  );
}

const upload = {
  freelancerId: 'ines',
  fileName: 'ticket.pdf',
  mimeType: 'application/pdf',
  bytes: new Uint8Array([1]),
  amountHintCents: null,
};

describe('receipts port telling the monthly collection', () => {
  it("tells the transaction's month when a receipt is matched, confirmed or typed", async () => {
    const told = recorder();
    const receipts = withCollectionSignals(
      port({ kind: 'matched', receiptId: 'r1', transaction: october }),
      told,
      silentLogger,
    );
    await receipts.attachReceipt(upload);
    await receipts.confirmMatch({ freelancerId: 'ines', receiptId: 'r1', transactionId: 'tx-1' });
    await receipts.setReceiptAmount({ freelancerId: 'ines', receiptId: 'r1', amountCents: 4690 });
    expect(told.told).toEqual(['ines:2026-10', 'ines:2026-10', 'ines:2026-10']);
    expect(await receipts.listMissingReceipts({ freelancerId: 'ines', month: '2026-10' })).toEqual([
      october,
    ]);
  });

  it("tells the statement's month, and nothing for a receipt still to choose", async () => {
    const told = recorder();
    const statement = { kind: 'statement', month: '2026-11', accountLabel: 'SG' } as const;
    await withCollectionSignals(port(statement), told, silentLogger).attachReceipt(upload);
    const toChoose = {
      kind: 'to_choose',
      receiptId: 'r2',
      readable: true,
      totalCents: 1000,
      candidates: [],
    } as const;
    await withCollectionSignals(port(toChoose), told, silentLogger).attachReceipt(upload);
    expect(told.told).toEqual(['ines:2026-11']);
  });

  it('keeps the upload a success when the workflow cannot be told', async () => {
    const failing: DocumentAttached = async () => {
      throw new Error('Temporal unavailable');
    };
    const receipts = withCollectionSignals(
      port({ kind: 'matched', receiptId: 'r1', transaction: october }),
      failing,
      silentLogger,
    );
    await expect(receipts.attachReceipt(upload)).resolves.toMatchObject({ kind: 'matched' });
  });
});
