import { findIdentity } from './chat-identities.ts';
import type { ButtonToken, ChatReply, ChatTurn } from './chat-types.ts';
import { openSession, type ConversationDeps } from './conversation-session.ts';
import { noticeReply } from './dialogues/answer-once.ts';
import { answerCategoryButton } from './dialogues/category-answers.ts';
import { runButtonAction } from './dialogues/button-actions.ts';
import { findQuestionById, findQuestionByRef, isOpen } from './pending-questions.ts';
import { textsFor } from './texts/texts.ts';

/**
 * A click. The button names a question; the question must have been asked in this chat, to the
 * person clicking, and still be open. Anything else (a forwarded or replayed button, another
 * member of a group) changes nothing and is told so.
 */
export async function onButton(
  deps: ConversationDeps,
  turn: ChatTurn,
  token: ButtonToken,
): Promise<ChatReply> {
  const [identity, question] = await Promise.all([
    findIdentity(deps.db, turn.speaker),
    token.questionId
      ? findQuestionById(deps.db, token.questionId)
      : findQuestionByRef(deps.db, turn.chatId, token.ref),
  ]);
  const t = textsFor(identity?.locale ?? 'fr');
  if (!question || question.chatId !== turn.chatId || question.subjectRef !== token.ref) {
    return noticeReply(t.questionExpired);
  }
  if (!identity || question.identityId !== identity.id) return noticeReply(t.notYourQuestion, true);
  const session = openSession(deps, identity, turn);
  if (!isOpen(question, session.now)) return noticeReply(t.questionExpired);

  const context = question.context;
  switch (context.kind) {
    case 'category':
      return answerCategoryButton(session, question, context, token);
    case 'receipt':
    case 'actions': {
      const index = Number(token.arg);
      const action =
        token.verb === 'a' && Number.isInteger(index) ? context.actions[index] : undefined;
      return action
        ? runButtonAction(session, question, action, index)
        : noticeReply(t.questionExpired);
    }
    case 'split_amount':
      return noticeReply(t.questionExpired);
  }
}
