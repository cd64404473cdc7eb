import type { Telegram } from 'telegraf';
import type { ChatReply } from '../../core/conversation/chat-types.ts';
import type { Conversation } from '../../core/conversation/conversation.ts';
import { editOptions, renderTelegram, sendOptions } from './render-telegram.ts';

/** Where the answer goes: the chat, the message clicked (if it can still be edited). */
export interface ReplyTarget {
  readonly chatId: string;
  readonly replyToMessageId?: number;
  /** The message under the clicked button; absent when it is an InaccessibleMessage. */
  readonly editableMessageId?: number;
}

/**
 * Posts an answer: the clicked message edited in place (or, when too old to edit, the new text
 * posted instead), then the new messages, each linked to its question.
 */
export async function sendTelegramReply(
  telegram: Telegram,
  conversation: Conversation,
  target: ReplyTarget,
  reply: ChatReply,
): Promise<void> {
  if (reply.replaceOriginal) {
    const rendering = renderTelegram(reply.replaceOriginal);
    if (target.editableMessageId !== undefined) {
      await telegram.editMessageText(
        target.chatId,
        target.editableMessageId,
        undefined,
        rendering.text,
        editOptions(rendering),
      );
    } else {
      await telegram.sendMessage(target.chatId, rendering.text, sendOptions(rendering));
    }
  }
  for (const [index, message] of reply.messages.entries()) {
    const rendering = renderTelegram(message);
    const replyTo =
      index === 0 && target.replyToMessageId !== undefined
        ? {
            reply_parameters: {
              message_id: target.replyToMessageId,
              allow_sending_without_reply: true,
            },
          }
        : {};
    const sent = await telegram.sendMessage(target.chatId, rendering.text, {
      ...sendOptions(rendering),
      ...replyTo,
    });
    if (message.questionId)
      await conversation.recordSent(message.questionId, String(sent.message_id));
  }
}
