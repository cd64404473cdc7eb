import { InvalidSplitError, splitTransaction } from '../../ledger/split-transaction.ts';
import { parseAmountToCents } from '../../money/parse-amount.ts';
import { err, ok, type Result } from '../../result/result.ts';
import {
  categoriesFor,
  categoryButtonLabel,
  categoryCodeFromKey,
  categoryFullLabel,
} from '../category-keys.ts';
import { displayMoney } from '../chat-format.ts';
import type { ChatReply } from '../chat-types.ts';
import type { Session } from '../conversation-session.ts';
import { openQuestion, type PendingQuestion } from '../pending-questions.ts';
import type { CategoryContext, SplitContext } from '../question-context.ts';
import { answerOnce } from './answer-once.ts';

/** Slack opens a form; Telegram asks for the pro part in a reply. */
export async function startSplit(
  session: Session,
  question: PendingQuestion,
  context: CategoryContext,
): Promise<ChatReply> {
  const { t, identity } = session;
  if (session.turn.canOpenForms) {
    return {
      messages: [],
      form: {
        questionId: question.id,
        ref: question.subjectRef,
        title: context.description,
        totalCents: context.amountCents,
        suggestedCode: context.suggested,
        options: categoriesFor(context.amountCents, null).map((category) => ({
          label: categoryButtonLabel(category.code, identity.locale),
          code: category.code,
        })),
        labels: {
          title: t.splitTitle,
          amount: t.splitAmountLabel,
          category: t.splitCategoryLabel,
          note: t.splitNoteLabel,
          submit: t.splitSubmit,
          cancel: t.splitCancel,
        },
      },
    };
  }
  const id = session.newQuestionId();
  const questionId = await openQuestion(session.db, {
    id,
    identityId: identity.id,
    freelancerId: identity.freelancerId,
    subjectRef: id,
    chatId: session.turn.chatId,
    context: {
      kind: 'split_amount',
      transactionId: context.transactionId,
      description: context.description,
      amountCents: context.amountCents,
      categoryCode: context.suggested,
    },
    now: session.now,
  });
  return {
    messages: [
      { text: t.splitAsk(context.description), buttons: [], questionId, expectsText: true },
    ],
  };
}

export interface SplitSubmission {
  /** "147,20", or in a typed reply "147,20 receptions". */
  readonly amountText: string;
  readonly categoryCode: string | null;
  readonly note: string | null;
}

/** Validates and records a split; the error is the text to show beside the amount field. */
export async function applySplit(
  session: Session,
  question: PendingQuestion,
  context: CategoryContext | SplitContext,
  submission: SplitSubmission,
  answerMessageId?: string,
): Promise<Result<ChatReply, string>> {
  const total = Math.abs(context.amountCents);
  const invalid = session.t.splitAmountInvalid(displayMoney(total));
  const [amountWord, ...rest] = submission.amountText.trim().split(/\s+/);
  const amount = parseAmountToCents(amountWord ?? '', 'auto');
  if (!amount.ok || amount.value <= 0 || amount.value > total) return err(invalid);

  const typedCode = rest.length > 0 ? categoryCodeFromKey(rest.join('_')) : undefined;
  const suggested = context.kind === 'category' ? context.suggested : context.categoryCode;
  const code = submission.categoryCode ?? typedCode ?? suggested;
  if (!code || code === 'PRELEVEMENT_PERSONNEL' || code === 'APPORT_PERSONNEL') return err(invalid);

  const proCents = amount.value;
  const reply = await answerOnce(
    session,
    question,
    `s:${proCents}:${code}`,
    async () => {
      try {
        const split = await splitTransaction(session.db, {
          freelancerId: session.identity.freelancerId ?? '',
          transactionId: context.transactionId,
          proCents,
          proCategory: code,
          note: submission.note,
        });
        const text = session.t.splitDone(
          context.description,
          displayMoney(Math.abs(split.proCents)),
          categoryFullLabel(code, session.identity.locale),
          displayMoney(Math.abs(split.personalCents)),
        );
        return { messages: [{ text, buttons: [] }] };
      } catch (error) {
        if (error instanceof InvalidSplitError)
          return { messages: [{ text: invalid, buttons: [] }] };
        throw error;
      }
    },
    answerMessageId,
  );
  return ok(reply);
}
