import { bindMessage } from './bind-message.ts';
import { dbChannel, findIdentity, toLinked, type LinkedIdentity } from './chat-identities.ts';
import {
  say,
  type ButtonToken,
  type ChatChannel,
  type ChatMessage,
  type ChatReply,
  type ChatTurn,
  type IncomingFile,
} from './chat-types.ts';
import { onButton } from './button-turn.ts';
import { BankingUnavailableError } from './conversation-ports.ts';
import { openSession, type ConversationDeps } from './conversation-session.ts';
import { receiveFiles } from './dialogues/receipt-dialogue.ts';
import { applySplit } from './dialogues/split-dialogue.ts';
import type { OutgoingMessage } from './outgoing-message.ts';
import {
  findQuestionById,
  isOpen,
  newQuestionId,
  recordQuestionMessage,
} from './pending-questions.ts';
import { onEditedText, onText } from './text-turn.ts';
import { textsFor } from './texts/texts.ts';

export type { ConversationDeps } from './conversation-session.ts';

export interface SplitInput {
  readonly questionId: string;
  readonly ref: string;
  readonly amountText: string;
  readonly categoryCode: string | null;
  readonly note: string | null;
}

/** A split form's outcome: field errors to show in the form, or the answer to post. */
export type SplitOutcome =
  | { readonly errors: { readonly amount: string } }
  | { readonly reply: ChatReply; readonly chatId: string };

/** The one entry point of both bots: each method is one turn of the conversation. */
export interface Conversation {
  onText(turn: ChatTurn, text: string): Promise<ChatReply>;
  onEditedText(turn: ChatTurn, text: string): Promise<ChatReply>;
  onButton(turn: ChatTurn, token: ButtonToken): Promise<ChatReply>;
  onFiles(
    turn: ChatTurn,
    files: readonly IncomingFile[],
    options: { caption: string | null; quietDuplicates: boolean },
  ): Promise<ChatReply>;
  submitSplit(turn: ChatTurn, input: SplitInput): Promise<SplitOutcome>;
  /** The bot was added to (or removed from) a group chat. */
  onGroupMembership(input: {
    channel: ChatChannel;
    chatId: string;
    title: string | null;
    addedBy: string | null;
    active: boolean;
  }): Promise<void>;
  /** Links a posted message to its question, so replies to it find the question. */
  recordSent(questionId: string, messageId: string): Promise<void>;
  /** Who receives a notification on this channel. */
  recipients(
    channel: ChatChannel,
    target: { freelancerId: string } | { firmId: string },
  ): Promise<LinkedIdentity[]>;
  /** A workflow's message made ready for one person: its buttons bound to them. */
  prepareNotification(
    identity: LinkedIdentity,
    chatId: string,
    message: OutgoingMessage,
  ): Promise<ChatMessage>;
}

export function createConversation(deps: ConversationDeps): Conversation {
  // Every turn answers something: an unexpected failure is logged and the person told to retry.
  const guard = async (
    turn: ChatTurn,
    step: string,
    run: () => Promise<ChatReply>,
  ): Promise<ChatReply> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof BankingUnavailableError) {
        deps.logger.warn('chat turn without banking', { step, operation: error.operation });
        return say(textsFor('fr').bankUnavailable);
      }
      deps.logger.error('chat turn failed', {
        step,
        channel: turn.speaker.channel,
        error: describe(error),
      });
      return say(textsFor('fr').somethingWentWrong);
    }
  };

  return {
    onText: (turn, text) => guard(turn, 'text', () => onText(deps, turn, text)),
    onEditedText: (turn, text) => guard(turn, 'edited_text', () => onEditedText(deps, turn, text)),
    onButton: (turn, token) => guard(turn, 'button', () => onButton(deps, turn, token)),
    onFiles: (turn, files, options) =>
      guard(turn, 'files', async () => {
        const identity = await findIdentity(deps.db, turn.speaker);
        if (!identity)
          return turn.isPrivate ? say(textsFor('fr').needInvitation) : { messages: [] };
        return receiveFiles(openSession(deps, identity, turn), files, options);
      }),
    async submitSplit(turn, input) {
      const [identity, question] = await Promise.all([
        findIdentity(deps.db, turn.speaker),
        findQuestionById(deps.db, input.questionId),
      ]);
      const t = textsFor(identity?.locale ?? 'fr');
      const valid =
        identity &&
        question &&
        question.identityId === identity.id &&
        question.subjectRef === input.ref;
      if (
        !valid ||
        (question.context.kind !== 'category' && question.context.kind !== 'split_amount')
      ) {
        return { errors: { amount: t.notYourQuestion } };
      }
      const session = openSession(deps, identity, { ...turn, chatId: question.chatId });
      if (!isOpen(question, session.now)) return { errors: { amount: t.questionExpired } };
      const result = await applySplit(session, question, question.context, input);
      return result.ok
        ? { reply: result.value, chatId: question.chatId }
        : { errors: { amount: result.error } };
    },
    async onGroupMembership(input) {
      const channel = dbChannel(input.channel);
      const data = { title: input.title, addedById: input.addedBy, active: input.active };
      await deps.db.chatGroup.upsert({
        where: { channel_chatId: { channel, chatId: input.chatId } },
        create: { channel, chatId: input.chatId, ...data },
        update: data,
      });
    },
    recordSent: (questionId, messageId) => recordQuestionMessage(deps.db, questionId, messageId),
    async recipients(channel, target) {
      const rows = await deps.db.chatIdentity.findMany({
        where: {
          channel: dbChannel(channel),
          directChatId: { not: null },
          ...('freelancerId' in target
            ? { role: 'FREELANCER', freelancerId: target.freelancerId }
            : { role: 'STAFF', firmId: target.firmId }),
        },
      });
      return rows.map(toLinked);
    },
    prepareNotification: (identity, chatId, message) =>
      bindMessage(deps.db, {
        identity,
        chatId,
        message,
        questionId: (deps.newQuestionId ?? newQuestionId)(),
        now: deps.clock(),
      }),
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}
