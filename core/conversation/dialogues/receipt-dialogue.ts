import { bindMessage } from '../bind-message.ts';
import { describeTransaction, displayMoney, monthLabel } from '../chat-format.ts';
import { say, type ChatMessage, type ChatReply, type IncomingFile } from '../chat-types.ts';
import type { AttachOutcome, TransactionSummary } from '../conversation-ports.ts';
import { freelancerOf, type Session } from '../conversation-session.ts';
import { checkAnnouncedFile, checkDownloadedBytes } from '../file-checks.ts';
import { updateQuestionContext } from '../pending-questions.ts';
import { claimEvent, releaseEvent } from '../processed-events.ts';
import { amountInCaption } from '../typed-amount.ts';
import { mergeMessages } from './merge-messages.ts';

const MAX_CANDIDATES = 5;

/**
 * Files sent in one message: each is checked before download, fetched once (a file seen
 * before is skipped), read and matched. One answer for all of them.
 */
export async function receiveFiles(
  session: Session,
  files: readonly IncomingFile[],
  options: { caption: string | null; quietDuplicates: boolean },
): Promise<ChatReply> {
  const freelancerId = freelancerOf(session);
  if (!freelancerId) return say(session.t.staffNoBooks);
  const hint = amountInCaption(options.caption);
  const parts: ChatMessage[] = [];
  for (const file of files) {
    const part = await receiveFile(session, freelancerId, file, hint, options.quietDuplicates);
    if (part) parts.push(part);
  }
  return { messages: mergeMessages(parts) };
}

async function receiveFile(
  session: Session,
  freelancerId: string,
  file: IncomingFile,
  hint: number | null,
  quietDuplicates: boolean,
): Promise<ChatMessage | null> {
  const { t, db } = session;
  const line = (text: string): ChatMessage => ({ text, buttons: [] });
  const announced = checkAnnouncedFile(file);
  if (!announced.ok) return line(t.fileRejected(file.name, announced.error));

  const key = `file:${file.key}`;
  if (!(await claimEvent(db, key)))
    return quietDuplicates ? null : line(t.receiptDuplicate(file.name, null));
  let kept = false;
  try {
    let bytes: Uint8Array;
    try {
      bytes = await file.fetch();
    } catch (error) {
      session.deps.logger.warn('chat file download failed', {
        fileKey: file.key,
        error: String(error),
      });
      return line(t.downloadFailed(file.name));
    }
    const checked = checkDownloadedBytes(bytes);
    if (!checked.ok) return line(t.fileRejected(file.name, checked.error));

    const outcome = await session.deps.receipts.attachReceipt({
      freelancerId,
      fileName: file.name,
      mimeType: file.mimeType,
      bytes,
      amountHintCents: hint,
    });
    kept = outcome.kind !== 'rejected';
    session.deps.logger.info('chat receipt received', { fileKey: file.key, outcome: outcome.kind });
    return await describeOutcome(session, file.name, outcome, hint);
  } finally {
    // Nothing was stored: the same file sent again is handled afresh.
    if (!kept) await releaseEvent(db, key);
  }
}

async function describeOutcome(
  session: Session,
  name: string,
  outcome: AttachOutcome,
  hint: number | null,
): Promise<ChatMessage> {
  const { t } = session;
  const line = (text: string): ChatMessage => ({ text, buttons: [] });
  switch (outcome.kind) {
    case 'matched':
      return line(t.receiptMatched(name, describeTransaction(outcome.transaction)));
    case 'duplicate':
      return line(
        t.receiptDuplicate(
          name,
          outcome.transaction ? describeTransaction(outcome.transaction) : null,
        ),
      );
    case 'statement':
      return line(
        t.statementFiled(
          name,
          monthLabel(outcome.month, session.identity.locale),
          outcome.accountLabel,
        ),
      );
    case 'rejected':
      return line(t.fileRejected(name, outcome.reason));
    case 'to_choose':
      if (outcome.candidates.length > 0) {
        const text = t.receiptChoose(name, outcome.readable, hint ? displayMoney(hint) : null);
        return askReceipt(session, {
          receiptId: outcome.receiptId,
          fileName: name,
          text,
          candidates: outcome.candidates,
        });
      }
      if (!outcome.readable) {
        return askReceipt(session, {
          receiptId: outcome.receiptId,
          fileName: name,
          text: t.receiptAskAmount(name),
          candidates: [],
        });
      }
      return line(
        t.receiptUnmatched(
          name,
          outcome.totalCents === null ? null : displayMoney(outcome.totalCents),
        ),
      );
  }
}

/**
 * A receipt question: the candidates as buttons, and a typed amount accepted as well. Asked
 * again after a typed amount, the same question takes the new candidates.
 */
export async function askReceipt(
  session: Session,
  input: {
    receiptId: string;
    fileName: string;
    text: string;
    candidates: readonly TransactionSummary[];
    questionId?: string;
  },
): Promise<ChatMessage> {
  const candidates = input.candidates.slice(0, MAX_CANDIDATES);
  const actions = candidates.map((candidate) => ({
    kind: 'match_receipt' as const,
    receiptId: input.receiptId,
    transactionId: candidate.id,
  }));
  const context = {
    kind: 'receipt' as const,
    receiptId: input.receiptId,
    fileName: input.fileName,
    actions,
  };
  const text = [
    input.text,
    ...candidates.map((candidate) => `• ${describeTransaction(candidate)}`),
  ].join('\n');
  const labels = candidates.map(candidateLabel);
  if (input.questionId) {
    await updateQuestionContext(session.db, input.questionId, context);
    const questionId = input.questionId;
    const buttons = labels.map((label, index) => ({
      label,
      token: { verb: 'a' as const, ref: questionId, arg: String(index), questionId },
    }));
    return { text, buttons, questionId, expectsText: true };
  }
  return bindMessage(session.db, {
    identity: session.identity,
    chatId: session.turn.chatId,
    questionId: session.newQuestionId(),
    now: session.now,
    message: { text, buttons: labels.map((label, index) => ({ label, action: actions[index]! })) },
    context,
    expectsText: true,
  });
}

function candidateLabel(candidate: TransactionSummary, index: number): string {
  const day = `${candidate.date.slice(8, 10)}/${candidate.date.slice(5, 7)}`;
  const label = candidate.label.length > 28 ? `${candidate.label.slice(0, 27)}…` : candidate.label;
  return `${index + 1}. ${day} · ${label} · ${displayMoney(candidate.amountCents)}`;
}
