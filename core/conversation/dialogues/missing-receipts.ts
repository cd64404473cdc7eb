import { describeTransaction, monthLabel } from '../chat-format.ts';
import { say, type ChatReply } from '../chat-types.ts';
import { freelancerOf, type Session } from '../conversation-session.ts';

// Block Kit sections hold 3,000 characters, Telegram messages 4,096: a list stays well under.
const MAX_LINES = 25;

/** The month's transactions still without a justificatif. */
export async function missingReceipts(session: Session, month: string): Promise<ChatReply> {
  const freelancerId = freelancerOf(session);
  if (!freelancerId) return say(session.t.staffNoBooks);
  const { t } = session;
  const label = monthLabel(month, session.identity.locale);
  const missing = await session.deps.receipts.listMissingReceipts({ freelancerId, month });
  if (missing.length === 0) return say(t.missingNone(label));
  const lines = missing
    .slice(0, MAX_LINES)
    .map((transaction) => `• ${describeTransaction(transaction)}`);
  if (missing.length > MAX_LINES) lines.push(t.andMore(missing.length - MAX_LINES));
  return say([t.missingTitle(label, missing.length), ...lines].join('\n'));
}
