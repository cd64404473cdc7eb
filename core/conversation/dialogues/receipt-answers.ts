import { describeTransaction, displayMoney } from '../chat-format.ts';
import { say, type ChatReply } from '../chat-types.ts';
import type { Session } from '../conversation-session.ts';
import type { PendingQuestion } from '../pending-questions.ts';
import type { ReceiptContext } from '../question-context.ts';
import { typedAmount } from '../typed-amount.ts';
import { answerOnce } from './answer-once.ts';
import { askReceipt } from './receipt-dialogue.ts';

/**
 * The amount typed for a receipt that could not be read. An edited reply is a correction of the
 * same answer: the amount is replaced, never added a second time.
 */
export async function answerReceiptAmount(
  session: Session,
  question: PendingQuestion,
  context: ReceiptContext,
  text: string,
  input: { answerMessageId?: string; isCorrection: boolean },
): Promise<ChatReply> {
  const { t } = session;
  const cents = typedAmount(text);
  if (cents === null) return say(t.amountInvalid);

  return answerOnce(
    session,
    question,
    `amount:${cents}`,
    async () => {
      const { matched, candidates } = await session.deps.receipts.setReceiptAmount({
        freelancerId: session.identity.freelancerId ?? '',
        receiptId: context.receiptId,
        amountCents: cents,
      });
      const amount = displayMoney(cents);
      const prefix = input.isCorrection ? `${t.amountCorrected(amount)} ` : '';
      if (matched) return say(prefix + t.receiptLinked(describeTransaction(matched)));
      if (candidates.length === 0) return say(prefix + t.amountNoCandidate(amount));
      const message = await askReceipt(session, {
        receiptId: context.receiptId,
        fileName: context.fileName,
        text: prefix + t.amountCandidates(amount),
        candidates,
        questionId: question.id,
      });
      return { messages: [message] };
    },
    input.answerMessageId,
  );
}
