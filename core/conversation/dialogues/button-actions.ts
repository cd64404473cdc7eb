import { confirmCategory } from '../../ledger/confirm-category.ts';
import { categoryFullLabel } from '../category-keys.ts';
import { describeTransaction } from '../chat-format.ts';
import { say, type ChatReply } from '../chat-types.ts';
import type { Session } from '../conversation-session.ts';
import type { ButtonAction } from '../outgoing-message.ts';
import type { PendingQuestion } from '../pending-questions.ts';
import { loadTransaction } from '../transaction-summary.ts';
import { answerOnce, noticeReply } from './answer-once.ts';
import { openCategoryQuestion, otherCategoriesMessage } from './category-questions.ts';
import { missingReceipts } from './missing-receipts.ts';
import { startSplit } from './split-dialogue.ts';

/**
 * A button carrying one of the service's actions (from a dialogue or a workflow's reminder).
 * Actions that change something run once per question; the others can be asked again.
 */
export async function runButtonAction(
  session: Session,
  question: PendingQuestion,
  action: ButtonAction,
  index: number,
): Promise<ChatReply> {
  const { t, deps } = session;
  const freelancerId = session.identity.freelancerId ?? '';
  const once = (apply: () => Promise<ChatReply>) =>
    answerOnce(session, question, `a:${index}`, apply);
  const replaced = (text: string): ChatReply => ({
    messages: [],
    replaceOriginal: { text, buttons: [] },
  });

  switch (action.kind) {
    case 'confirm_category':
      return once(async () => {
        const transaction = await loadTransaction(session.db, freelancerId, action.transactionId);
        if (!transaction) return replaced(t.transactionGone);
        const result = await confirmCategory(session.db, { freelancerId, ...action });
        const label = categoryFullLabel(action.categoryCode, session.identity.locale);
        return replaced(
          t.categoryConfirmed(describeTransaction(transaction), label, result.alsoSettled),
        );
      });
    case 'choose_other_category':
    case 'split_transaction': {
      const transaction = await loadTransaction(session.db, freelancerId, action.transactionId);
      if (!transaction) return noticeReply(t.transactionGone);
      const asked = await openCategoryQuestion(session, transaction, null, 0);
      if (action.kind === 'choose_other_category')
        return { messages: [otherCategoriesMessage(session, asked)] };
      const stored = {
        ...question,
        id: asked.questionId,
        subjectRef: asked.ref,
        context: asked.context,
      };
      return startSplit(session, stored, asked.context);
    }
    case 'match_receipt':
      return once(async () => {
        const { transaction } = await deps.receipts.confirmMatch({ freelancerId, ...action });
        return replaced(t.receiptLinked(describeTransaction(transaction)));
      });
    case 'show_missing_receipts':
      return missingReceipts(session, action.month);
    case 'renew_connection':
      return once(async () => {
        const { url } = await deps.banking.renew({
          freelancerId,
          connectionId: action.connectionId,
        });
        return say(t.renewReady(await connectionLabel(session, action.connectionId)), {
          buttons: [{ label: t.openBankButton, url }],
        });
      });
    case 'remind_later':
      return once(async () => {
        await deps.banking.remindLater({ freelancerId, ...action });
        return replaced(t.remindLaterDone(action.days));
      });
    case 'link_bank':
      return once(async () => {
        const { url } = await deps.banking.startLink({ freelancerId, bankId: action.bankId });
        return say(t.bankLinkReady(action.bankName), {
          buttons: [{ label: t.openBankButton, url }],
        });
      });
    case 'disconnect_connection':
      return once(async () => {
        const label = await connectionLabel(session, action.connectionId);
        await deps.banking.disconnect({ freelancerId, connectionId: action.connectionId });
        return replaced(t.disconnected(label));
      });
  }
}

async function connectionLabel(session: Session, connectionId: string): Promise<string> {
  const connections = await session.deps.banking.listConnections(
    session.identity.freelancerId ?? '',
  );
  return connections.find((connection) => connection.id === connectionId)?.label ?? connectionId;
}
