import { confirmCategory, TransactionNotFoundError } from '../../ledger/confirm-category.ts';
import { categoryCodeFromKey, categoryFullLabel } from '../category-keys.ts';
import type { ButtonToken, ChatReply } from '../chat-types.ts';
import type { Session } from '../conversation-session.ts';
import type { PendingQuestion } from '../pending-questions.ts';
import type { CategoryContext } from '../question-context.ts';
import { answerOnce, noticeReply } from './answer-once.ts';
import { categoryQuestionMessage, otherCategoriesMessage } from './category-questions.ts';
import { startSplit } from './split-dialogue.ts';

/** A click under a categorisation question. */
export async function answerCategoryButton(
  session: Session,
  question: PendingQuestion,
  context: CategoryContext,
  token: ButtonToken,
): Promise<ChatReply> {
  const shown = { questionId: question.id, ref: question.subjectRef, context };
  switch (token.verb) {
    case 'c': {
      const code = token.arg ? categoryCodeFromKey(token.arg) : undefined;
      return code
        ? confirm(session, question, context, code)
        : noticeReply(session.t.questionExpired);
    }
    case 'p':
      return confirm(
        session,
        question,
        context,
        context.amountCents < 0 ? 'PRELEVEMENT_PERSONNEL' : 'APPORT_PERSONNEL',
      );
    case 'o':
      return {
        messages: [],
        replaceOriginal:
          token.arg === 'back'
            ? categoryQuestionMessage(session, shown)
            : otherCategoriesMessage(session, shown),
      };
    case 's':
      return startSplit(session, question, context);
    case 'a':
      return noticeReply(session.t.questionExpired);
  }
}

async function confirm(
  session: Session,
  question: PendingQuestion,
  context: CategoryContext,
  code: string,
): Promise<ChatReply> {
  const freelancerId = session.identity.freelancerId ?? '';
  return answerOnce(session, question, `c:${code}`, async () => {
    try {
      const result = await confirmCategory(session.db, {
        freelancerId,
        transactionId: context.transactionId,
        categoryCode: code,
      });
      const label = categoryFullLabel(code, session.identity.locale);
      return {
        messages: [],
        replaceOriginal: {
          text: session.t.categoryConfirmed(context.description, label, result.alsoSettled),
          buttons: [],
        },
      };
    } catch (error) {
      if (error instanceof TransactionNotFoundError) {
        return { messages: [], replaceOriginal: { text: session.t.transactionGone, buttons: [] } };
      }
      throw error;
    }
  });
}
