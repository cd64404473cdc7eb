import type { Database } from '../db/prisma-client.ts';
import type { LinkedIdentity } from './chat-identities.ts';
import type { ChatButton, ChatMessage } from './chat-types.ts';
import type { OutgoingMessage } from './outgoing-message.ts';
import { openQuestion } from './pending-questions.ts';
import type { QuestionContext } from './question-context.ts';

/**
 * Turns a channel-neutral message into one a bot can post to `identity` in `chatId`: its
 * buttons become a stored question, and each button carries only the question id and an index.
 */
export async function bindMessage(
  db: Database,
  input: {
    identity: LinkedIdentity;
    chatId: string;
    message: OutgoingMessage;
    questionId: string;
    now: Date;
    context?: QuestionContext;
    expectsText?: boolean;
  },
): Promise<ChatMessage> {
  const { message } = input;
  const links: ChatButton[] = (message.links ?? []).map((link) => ({
    label: link.label,
    url: link.url,
  }));
  const actions = (message.buttons ?? []).map((button) => button.action);
  if (actions.length === 0 && !input.context) {
    return { text: message.text, preformatted: message.preformatted ?? false, buttons: links };
  }

  const questionId = await openQuestion(db, {
    id: input.questionId,
    identityId: input.identity.id,
    freelancerId: input.identity.freelancerId,
    subjectRef: input.questionId,
    chatId: input.chatId,
    context: input.context ?? { kind: 'actions', actions },
    now: input.now,
  });
  const buttons: ChatButton[] = (message.buttons ?? []).map((button, index) => ({
    label: button.label,
    token: { verb: 'a', ref: questionId, arg: String(index), questionId },
  }));
  return {
    text: message.text,
    preformatted: message.preformatted ?? false,
    buttons: [...buttons, ...links],
    questionId,
    expectsText: input.expectsText ?? false,
  };
}
