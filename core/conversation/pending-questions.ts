import { randomBytes } from 'node:crypto';
import type { Database } from '../db/prisma-client.ts';
import type { InputJsonValue } from '../db/generated/internal/prismaNamespace.ts';
import { questionContextSchema, type QuestionContext } from './question-context.ts';

/** A stored question, read back and validated. */
export interface PendingQuestion {
  readonly id: string;
  readonly identityId: string;
  readonly freelancerId: string | null;
  readonly subjectRef: string;
  readonly chatId: string;
  readonly messageId: string | null;
  readonly context: QuestionContext;
  readonly expiresAt: Date;
  readonly answerKey: string | null;
}

export const QUESTION_TTL_MS = 30 * 86_400_000;

/** `q_` and eight letters or digits; tests inject their own to replay recorded payloads. */
export function newQuestionId(): string {
  return `q_${randomBytes(5).toString('hex').toUpperCase().slice(0, 8)}`;
}

/**
 * Stores a question before its message is sent, so the buttons can name it. Asking again about
 * the same subject in the same chat reuses the open question: older buttons keep working.
 */
export async function openQuestion(
  db: Database,
  input: {
    id: string;
    identityId: string;
    freelancerId: string | null;
    subjectRef: string;
    chatId: string;
    context: QuestionContext;
    now: Date;
    ttlMs?: number;
  },
): Promise<string> {
  const expiresAt = new Date(input.now.getTime() + (input.ttlMs ?? QUESTION_TTL_MS));
  const context = input.context as unknown as InputJsonValue;
  const open = await db.chatQuestion.findFirst({
    where: {
      identityId: input.identityId,
      chatId: input.chatId,
      subjectRef: input.subjectRef,
      kind: input.context.kind,
      answerKey: null,
      expiresAt: { gt: input.now },
    },
    orderBy: { createdAt: 'desc' },
  });
  if (open) {
    await db.chatQuestion.update({ where: { id: open.id }, data: { context, expiresAt } });
    return open.id;
  }
  await db.chatQuestion.create({
    data: {
      id: input.id,
      identityId: input.identityId,
      freelancerId: input.freelancerId,
      kind: input.context.kind,
      subjectRef: input.subjectRef,
      context,
      chatId: input.chatId,
      expiresAt,
    },
  });
  return input.id;
}

export async function recordQuestionMessage(
  db: Database,
  questionId: string,
  messageId: string,
): Promise<void> {
  await db.chatQuestion.updateMany({ where: { id: questionId }, data: { messageId } });
}

export async function findQuestionById(db: Database, id: string): Promise<PendingQuestion | null> {
  return read(await db.chatQuestion.findUnique({ where: { id } }));
}

/** The latest question about `ref` asked in that chat, whoever it was asked to. */
export async function findQuestionByRef(
  db: Database,
  chatId: string,
  ref: string,
): Promise<PendingQuestion | null> {
  return read(
    await db.chatQuestion.findFirst({
      where: { chatId, subjectRef: ref },
      orderBy: { createdAt: 'desc' },
    }),
  );
}

export async function findQuestionByMessage(
  db: Database,
  chatId: string,
  messageId: string,
): Promise<PendingQuestion | null> {
  return read(
    await db.chatQuestion.findFirst({
      where: { chatId, messageId },
      orderBy: { createdAt: 'desc' },
    }),
  );
}

/** The question a (now edited) message answered. */
export async function findQuestionByAnswer(
  db: Database,
  chatId: string,
  answerMessageId: string,
): Promise<PendingQuestion | null> {
  return read(
    await db.chatQuestion.findFirst({
      where: { chatId, answerMessageId },
      orderBy: { createdAt: 'desc' },
    }),
  );
}

/** The open question of this person in this chat that waits for typed text, newest first. */
export async function findOpenTextQuestion(
  db: Database,
  input: { identityId: string; chatId: string; now: Date },
): Promise<PendingQuestion | null> {
  return read(
    await db.chatQuestion.findFirst({
      where: {
        identityId: input.identityId,
        chatId: input.chatId,
        expiresAt: { gt: input.now },
        // A receipt takes a new amount until one of its transactions is chosen.
        OR: [{ kind: 'split_amount', answerKey: null }, { kind: 'receipt' }],
      },
      orderBy: { createdAt: 'desc' },
    }),
  );
}

export type ClaimOutcome = 'claimed' | 'same_answer' | 'closed';

/**
 * Records an answer at most once: a second identical answer (a double click, a replay) finds
 * the same key and changes nothing; a different answer replaces it while the question is open.
 */
export async function claimAnswer(
  db: Database,
  input: { questionId: string; answerKey: string; now: Date; answerMessageId?: string },
): Promise<ClaimOutcome> {
  const claimed = await db.chatQuestion.updateMany({
    where: {
      id: input.questionId,
      expiresAt: { gt: input.now },
      OR: [{ answerKey: null }, { answerKey: { not: input.answerKey } }],
    },
    data: {
      answerKey: input.answerKey,
      answeredAt: input.now,
      ...(input.answerMessageId ? { answerMessageId: input.answerMessageId } : {}),
    },
  });
  if (claimed.count === 1) return 'claimed';
  const row = await db.chatQuestion.findUnique({ where: { id: input.questionId } });
  return row?.answerKey === input.answerKey ? 'same_answer' : 'closed';
}

/** Puts the previous answer back when applying the new one failed. */
export async function releaseAnswer(
  db: Database,
  input: { questionId: string; answerKey: string; previousKey: string | null },
): Promise<void> {
  await db.chatQuestion.updateMany({
    where: { id: input.questionId, answerKey: input.answerKey },
    data: { answerKey: input.previousKey, ...(input.previousKey ? {} : { answeredAt: null }) },
  });
}

export function isOpen(question: PendingQuestion, now: Date): boolean {
  return question.expiresAt > now;
}

interface QuestionRow {
  id: string;
  identityId: string;
  freelancerId: string | null;
  subjectRef: string;
  chatId: string;
  messageId: string | null;
  context: unknown;
  expiresAt: Date;
  answerKey: string | null;
}

function read(row: QuestionRow | null): PendingQuestion | null {
  if (!row) return null;
  const context = questionContextSchema.safeParse(row.context);
  if (!context.success) return null;
  return { ...row, context: context.data };
}

/** Replaces what an open question remembers (a receipt's candidates after a new amount). */
export async function updateQuestionContext(
  db: Database,
  questionId: string,
  context: QuestionContext,
): Promise<void> {
  await db.chatQuestion.update({
    where: { id: questionId },
    data: { context: context as unknown as InputJsonValue },
  });
}
