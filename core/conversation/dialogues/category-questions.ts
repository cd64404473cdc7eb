import { categoryButtonLabel, categoriesFor } from '../category-keys.ts';
import { describeTransaction } from '../chat-format.ts';
import {
  EMPTY_REPLY,
  say,
  type ChatButton,
  type ChatMessage,
  type ChatReply,
} from '../chat-types.ts';
import type { TransactionSummary } from '../conversation-ports.ts';
import { freelancerOf, type Session } from '../conversation-session.ts';
import { openQuestion } from '../pending-questions.ts';
import type { CategoryContext } from '../question-context.ts';
import { toSummary, transactionRef } from '../transaction-summary.ts';

const DEFAULT_BATCH = 3;

/** The transactions to confirm, a few at a time, oldest first. */
export async function askCategories(session: Session): Promise<ChatReply> {
  const freelancerId = freelancerOf(session);
  if (!freelancerId) return say(session.t.staffNoBooks);
  const where = { account: { freelancerId, active: true }, toConfirm: true, supersededById: null };
  const [count, rows] = await Promise.all([
    session.db.transaction.count({ where }),
    session.db.transaction.findMany({
      where,
      orderBy: [{ bookingDate: 'asc' }, { id: 'asc' }],
      take: session.deps.questionsPerBatch ?? DEFAULT_BATCH,
      include: { account: { select: { name: true } } },
    }),
  ]);
  if (count === 0) return say(session.t.nothingToConfirm);

  const messages: ChatMessage[] = [];
  for (const [index, row] of rows.entries()) {
    const summary = toSummary(row);
    const question = await askCategory(session, summary, row.categoryCode, row.confidence);
    messages.push({ ...question, footer: session.t.questionFooter(index + 1, count) });
  }
  return { ...EMPTY_REPLY, messages };
}

export interface OpenCategoryQuestion {
  readonly questionId: string;
  readonly ref: string;
  readonly context: CategoryContext;
}

/** Stores a categorisation question about one transaction (or finds the open one). */
export async function openCategoryQuestion(
  session: Session,
  transaction: TransactionSummary,
  suggested: string | null,
  confidence: number,
): Promise<OpenCategoryQuestion> {
  const freelancerId = session.identity.freelancerId ?? '';
  const ref = await transactionRef(session.db, freelancerId, transaction);
  const context: CategoryContext = {
    kind: 'category',
    transactionId: transaction.id,
    description: describeTransaction(transaction),
    amountCents: transaction.amountCents,
    suggested,
    confidence,
  };
  const questionId = await openQuestion(session.db, {
    id: session.newQuestionId(),
    identityId: session.identity.id,
    freelancerId,
    subjectRef: ref,
    chatId: session.turn.chatId,
    context,
    now: session.now,
  });
  return { questionId, ref, context };
}

/** One categorisation question: the suggestion, the likely others, split and personal. */
export async function askCategory(
  session: Session,
  transaction: TransactionSummary,
  suggested: string | null,
  confidence: number,
): Promise<ChatMessage> {
  return categoryQuestionMessage(
    session,
    await openCategoryQuestion(session, transaction, suggested, confidence),
  );
}

export function categoryQuestionMessage(
  session: Session,
  input: { questionId: string; ref: string; context: CategoryContext },
): ChatMessage {
  const { t, identity } = session;
  const { context, ref, questionId } = input;
  const label = (code: string) => categoryButtonLabel(code, identity.locale);
  const token = (verb: 'c' | 'o' | 's' | 'p', arg?: string) => ({
    verb,
    ref,
    questionId,
    ...(arg ? { arg } : {}),
  });
  const buttons: ChatButton[] = [
    ...(context.suggested
      ? [
          {
            label: t.confirmButton(label(context.suggested)),
            token: token('c', context.suggested),
            primary: true,
          },
        ]
      : []),
    { label: t.otherButton, token: token('o') },
    { label: t.splitButton, token: token('s') },
    { label: t.personalButton, token: token('p') },
  ];
  return {
    text: t.categoryQuestion(
      context.description,
      context.suggested ? label(context.suggested) : null,
      context.confidence,
    ),
    buttons,
    choices: {
      placeholder: t.otherPlaceholder,
      ref,
      options: categoriesFor(context.amountCents, context.suggested).map((category) => ({
        label: label(category.code),
        code: category.code,
      })),
    },
    questionId,
  };
}

/** Every category the movement can take, as buttons, and a way back to the question. */
export function otherCategoriesMessage(
  session: Session,
  input: { questionId: string; ref: string; context: CategoryContext },
): ChatMessage {
  const { t, identity } = session;
  const { ref, questionId, context } = input;
  const buttons: ChatButton[] = categoriesFor(context.amountCents, null).map((category) => ({
    label: categoryButtonLabel(category.code, identity.locale),
    token: { verb: 'c', ref, questionId, arg: category.code },
  }));
  buttons.push({ label: t.backButton, token: { verb: 'o', ref, questionId, arg: 'back' } });
  return { text: t.chooseOther(context.description), buttons, questionId };
}
