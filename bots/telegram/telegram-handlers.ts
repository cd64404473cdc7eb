import type { Context, Telegraf } from 'telegraf';
import type { ChatReply } from '../../core/conversation/chat-types.ts';
import type { Conversation } from '../../core/conversation/conversation.ts';
import { claimEvent } from '../../core/conversation/processed-events.ts';
import { textsFor } from '../../core/conversation/texts/texts.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { decodeCallbackData } from './callback-data.ts';
import { perChatQueue } from './per-chat-queue.ts';
import { filesOfMessage } from './telegram-files.ts';
import { sendTelegramReply } from './telegram-reply.ts';
import { telegramTurn } from './telegram-turn.ts';
import { callbackQuery, chatMemberUpdate, telegramMessage } from './telegram-updates.ts';

export interface TelegramHandlerDeps {
  readonly db: Database;
  readonly conversation: Conversation;
  readonly logger: Logger;
}

/**
 * Each handler: parse the update with zod, make one call to the conversation, send its answer.
 * Callback queries are answered (the spinner stops) before anything else is sent.
 */
export function registerTelegramHandlers(bot: Telegraf<Context>, deps: TelegramHandlerDeps): void {
  const { conversation, logger } = deps;

  // Queued before anything awaits, so a chat's updates keep the order they were received in.
  bot.use(perChatQueue());
  // An update seen before (a webhook retried, polling resumed after a crash) is skipped.
  bot.use(async (ctx, next) => {
    if (await claimEvent(deps.db, `telegram:update:${ctx.update.update_id}`)) await next();
  });

  bot.on('message', async (ctx) => {
    const parsed = telegramMessage.safeParse(ctx.update.message);
    if (!parsed.success)
      return logger.warn('telegram message not understood', { updateId: ctx.update.update_id });
    const message = parsed.data;
    if (!message.from || message.from.is_bot) return;
    const turn = telegramTurn({
      from: message.from,
      chat: message.chat,
      messageId: message.message_id,
      ...(message.reply_to_message
        ? { replyToMessageId: message.reply_to_message.message_id }
        : {}),
    });
    const files = filesOfMessage(message, (fileId) => ctx.telegram.getFileLink(fileId));
    let reply: ChatReply = { messages: [] };
    if (files.length > 0) {
      reply = await conversation.onFiles(turn, files, {
        caption: message.caption ?? null,
        quietDuplicates: false,
      });
    } else if (message.text) {
      reply = await conversation.onText(turn, message.text);
    }
    const replyTo = message.chat.type === 'private' ? {} : { replyToMessageId: message.message_id };
    await sendTelegramReply(ctx.telegram, conversation, { chatId: turn.chatId, ...replyTo }, reply);
  });

  bot.on('edited_message', async (ctx) => {
    const parsed = telegramMessage.safeParse(ctx.update.edited_message);
    if (!parsed.success || !parsed.data.from || !parsed.data.text) return;
    const message = parsed.data;
    const turn = telegramTurn({
      from: message.from!,
      chat: message.chat,
      messageId: message.message_id,
    });
    const reply = await conversation.onEditedText(turn, message.text!);
    await sendTelegramReply(ctx.telegram, conversation, { chatId: turn.chatId }, reply);
  });

  bot.on('callback_query', async (ctx) => {
    const parsed = callbackQuery.safeParse(ctx.update.callback_query);
    if (!parsed.success)
      return logger.warn('telegram callback not understood', { updateId: ctx.update.update_id });
    const query = parsed.data;
    const token = decodeCallbackData(query.data);
    if (!query.message || !token) {
      await ctx.telegram.answerCbQuery(query.id, textsFor('fr').questionExpired);
      return;
    }
    const turn = telegramTurn({
      from: query.from,
      chat: query.message.chat,
      messageId: query.message.message_id,
    });
    const reply = await conversation.onButton(turn, token);
    await ctx.telegram.answerCbQuery(query.id, reply.notice?.text, {
      show_alert: reply.notice?.alert ?? false,
    });
    // `date: 0` marks an InaccessibleMessage: too old to edit, its answer is posted anew.
    const editable =
      query.message.date !== 0 ? { editableMessageId: query.message.message_id } : {};
    await sendTelegramReply(
      ctx.telegram,
      conversation,
      { chatId: turn.chatId, ...editable },
      reply,
    );
  });

  bot.on('my_chat_member', async (ctx) => {
    const parsed = chatMemberUpdate.safeParse(ctx.update.my_chat_member);
    if (!parsed.success || parsed.data.chat.type === 'private') return;
    const update = parsed.data;
    await conversation.onGroupMembership({
      channel: 'telegram',
      chatId: String(update.chat.id),
      title: update.chat.title ?? null,
      addedBy: String(update.from.id),
      active:
        update.new_chat_member.status !== 'left' && update.new_chat_member.status !== 'kicked',
    });
  });
}
