import type { Database } from '../db/prisma-client.ts';
import { addDays } from '../dates/calendar-date.ts';
import { matchReceipt, type MatchContext } from './matching/find-candidates.ts';
import { DEFAULT_MATCH_SETTINGS, type MatchDecision } from './matching/match-types.ts';
import { loadTransactionFacts } from './open-transactions.ts';
import { fieldsFromJson, receiptFactsOf } from './receipt-facts.ts';
import { ReceiptNotFoundError } from './receipt-errors.ts';

// Instalments may run three windows after the invoice; card rows post a few days late.
const AFTER_FACTOR = 3;
const SLACK_DAYS = 5;

/** The candidates for a stored receipt against the freelancer's open transactions, now. */
export async function decideForReceipt(
  db: Database,
  freelancerId: string,
  receiptId: string,
  context: MatchContext = {},
): Promise<MatchDecision> {
  const receipt = await db.receipt.findFirst({ where: { id: receiptId, freelancerId } });
  if (!receipt) throw new ReceiptNotFoundError(receiptId);
  const facts = receiptFactsOf(receipt.id, fieldsFromJson(receipt.fields));
  if (!facts || facts.totalCents === null) return { outcome: 'unmatched', candidates: [] };

  const settings = { ...DEFAULT_MATCH_SETTINGS, ...context.settings };
  const anchor = facts.issueDate ?? facts.dueDate;
  const transactions = await loadTransactionFacts(
    db,
    freelancerId,
    anchor
      ? {
          from: addDays(anchor, -settings.earlyDays - SLACK_DAYS),
          to: addDays(anchor, settings.windowDays * AFTER_FACTOR + 30 + SLACK_DAYS),
        }
      : {},
  );
  return matchReceipt(facts, transactions, context);
}
