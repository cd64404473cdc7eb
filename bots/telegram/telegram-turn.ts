import type { ChatTurn } from '../../core/conversation/chat-types.ts';
import type { TelegramUser } from './telegram-updates.ts';

/** A Telegram message or click as a turn of the conversation. */
export function telegramTurn(input: {
  from: TelegramUser;
  chat: { id: number; type: string };
  messageId?: number;
  replyToMessageId?: number;
}): ChatTurn {
  const name = [input.from.first_name, input.from.last_name].filter(Boolean).join(' ');
  return {
    speaker: {
      channel: 'telegram',
      externalId: String(input.from.id),
      ...(name ? { displayName: name } : {}),
    },
    chatId: String(input.chat.id),
    isPrivate: input.chat.type === 'private',
    ...(input.messageId !== undefined ? { messageId: String(input.messageId) } : {}),
    ...(input.replyToMessageId !== undefined
      ? { replyToMessageId: String(input.replyToMessageId) }
      : {}),
    canOpenForms: false,
  };
}
