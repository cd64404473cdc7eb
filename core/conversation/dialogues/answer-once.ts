import type { ChatReply } from '../chat-types.ts';
import type { Session } from '../conversation-session.ts';
import { claimAnswer, releaseAnswer, type PendingQuestion } from '../pending-questions.ts';
import { retryTransient } from '../transient-retry.ts';

export function noticeReply(text: string, alert = false): ChatReply {
  return { messages: [], notice: { text, alert } };
}

/**
 * Applies an answer once: the same answer again (double click, replayed button) changes
 * nothing and says so; a deadlock is retried; if applying fails, the question is left as it was.
 */
export async function answerOnce(
  session: Session,
  question: PendingQuestion,
  answerKey: string,
  apply: () => Promise<ChatReply>,
  answerMessageId?: string,
): Promise<ChatReply> {
  const claim = await claimAnswer(session.db, {
    questionId: question.id,
    answerKey,
    now: session.now,
    ...(answerMessageId ? { answerMessageId } : {}),
  });
  if (claim === 'same_answer') return noticeReply(session.t.alreadyRecorded);
  if (claim === 'closed') return noticeReply(session.t.questionExpired);
  try {
    return await retryTransient(apply);
  } catch (error) {
    await releaseAnswer(session.db, {
      questionId: question.id,
      answerKey,
      previousKey: question.answerKey,
    });
    throw error;
  }
}
