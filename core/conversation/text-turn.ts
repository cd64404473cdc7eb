import { findIdentity, rememberDirectChat, setIdentityLocale } from './chat-identities.ts';
import { EMPTY_REPLY, say, type ChatReply, type ChatTurn } from './chat-types.ts';
import { openSession, type ConversationDeps, type Session } from './conversation-session.ts';
import { banks, disconnect, renew } from './dialogues/bank-dialogue.ts';
import { askCategories } from './dialogues/category-questions.ts';
import { missingReceipts } from './dialogues/missing-receipts.ts';
import { monthBooksText, monthStatus } from './dialogues/month-status.ts';
import { answerReceiptAmount } from './dialogues/receipt-answers.ts';
import { applySplit } from './dialogues/split-dialogue.ts';
import { knownSays, strangerSays } from './dialogues/start-dialogue.ts';
import { parseIntent, type Intent } from './intents.ts';
import {
  findOpenTextQuestion,
  findQuestionByAnswer,
  findQuestionByMessage,
  isOpen,
  type PendingQuestion,
} from './pending-questions.ts';
import { parisDateOf } from '../dates/calendar-date.ts';
import { textsFor } from './texts/texts.ts';

/** A typed message: a command, an answer to a pending question, or plain words. */
export async function onText(
  deps: ConversationDeps,
  turn: ChatTurn,
  text: string,
): Promise<ChatReply> {
  const intent = parseIntent(text, parisDateOf(deps.clock()));
  const identity = await findIdentity(deps.db, turn.speaker);
  if (!identity) return strangerSays(deps, turn, intent);
  if (turn.isPrivate) await rememberDirectChat(deps.db, identity, turn.chatId);
  const session = openSession(deps, identity, turn);

  if (turn.replyToMessageId) {
    const question = await findQuestionByMessage(deps.db, turn.chatId, turn.replyToMessageId);
    if (question && question.identityId !== identity.id) return say(session.t.onlyHolder);
    if (question && intent.kind === 'text') return answerTyped(session, question, text, false);
  }
  if (intent.kind === 'text') {
    const open = await findOpenTextQuestion(deps.db, {
      identityId: identity.id,
      chatId: turn.chatId,
      now: session.now,
    });
    if (open) return answerTyped(session, open, text, false);
    // In a group, remarks not meant for the bot get no answer.
    if (!turn.isPrivate && !turn.addressed) return EMPTY_REPLY;
  }
  return runIntent(session, intent);
}

/**
 * An edited message is a correction of what it said: if it answered a question, the answer is
 * replaced; an edited command or remark is not run a second time.
 */
export async function onEditedText(
  deps: ConversationDeps,
  turn: ChatTurn,
  text: string,
): Promise<ChatReply> {
  const identity = await findIdentity(deps.db, turn.speaker);
  if (!identity || !turn.messageId) return EMPTY_REPLY;
  const session = openSession(deps, identity, turn);
  const answered = await findQuestionByAnswer(deps.db, turn.chatId, turn.messageId);
  if (answered && answered.identityId === identity.id)
    return answerTyped(session, answered, text, true);
  const open = await findOpenTextQuestion(deps.db, {
    identityId: identity.id,
    chatId: turn.chatId,
    now: session.now,
  });
  return open ? answerTyped(session, open, text, false) : EMPTY_REPLY;
}

async function answerTyped(
  session: Session,
  question: PendingQuestion,
  text: string,
  isCorrection: boolean,
): Promise<ChatReply> {
  if (!isOpen(question, session.now)) return say(session.t.questionExpired);
  const answerMessageId = session.turn.messageId;
  const context = question.context;
  switch (context.kind) {
    case 'receipt':
      return answerReceiptAmount(session, question, context, text, {
        isCorrection,
        ...(answerMessageId ? { answerMessageId } : {}),
      });
    case 'split_amount': {
      const result = await applySplit(
        session,
        question,
        context,
        { amountText: text, categoryCode: null, note: null },
        answerMessageId,
      );
      return result.ok ? result.value : say(result.error);
    }
    case 'category':
    case 'actions':
      return say(session.t.useButtons);
  }
}

async function runIntent(session: Session, intent: Intent): Promise<ChatReply> {
  const { t, identity } = session;
  switch (intent.kind) {
    case 'start':
      return knownSays(session.deps, session.turn, identity, intent.code);
    case 'help':
      return say(identity.role === 'STAFF' ? t.helpStaff : t.help);
    case 'banks':
      return banks(session, intent.query);
    case 'renew':
      return renew(session);
    case 'disconnect':
      return disconnect(session);
    case 'categories':
      return askCategories(session);
    case 'missing_receipts':
      return missingReceipts(session, intent.month);
    case 'status':
      return monthStatus(session, intent.month);
    case 'books':
      return monthBooksText(session, intent.month);
    case 'language':
      if (!intent.locale) return say(t.languageAsk);
      await setIdentityLocale(session.db, identity.id, intent.locale);
      return say(textsFor(intent.locale).languageSet);
    case 'unknown_command':
      return say(t.unknownCommand(intent.command));
    case 'text':
      return say(t.notUnderstood);
  }
}
