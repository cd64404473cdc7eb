import { z } from 'zod';

/** The parts of Bot API updates the bot reads, checked before use. */

export const telegramUser = z.object({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});

export const telegramChat = z.object({
  id: z.number().int(),
  type: z.string(),
  title: z.string().optional(),
});

const fileRef = z.object({
  file_id: z.string().min(1),
  file_unique_id: z.string().min(1),
  file_size: z.number().int().nonnegative().optional(),
});

export const photoSize = fileRef.extend({ width: z.number().int(), height: z.number().int() });

const namedFile = fileRef.extend({
  file_name: z.string().optional(),
  mime_type: z.string().optional(),
});

export const telegramMessage = z.object({
  message_id: z.number().int(),
  from: telegramUser.optional(),
  chat: telegramChat,
  date: z.number().int(),
  text: z.string().optional(),
  caption: z.string().optional(),
  document: namedFile.optional(),
  photo: z.array(photoSize).optional(),
  // Media that are not receipts: answered, never downloaded.
  video: namedFile.optional(),
  audio: namedFile.optional(),
  voice: namedFile.optional(),
  video_note: fileRef.optional(),
  animation: namedFile.optional(),
  sticker: fileRef.optional(),
  reply_to_message: z.object({ message_id: z.number().int() }).optional(),
});

export const callbackQuery = z.object({
  id: z.string(),
  from: telegramUser,
  // An InaccessibleMessage has only chat, message_id and `date: 0`.
  message: z
    .object({ message_id: z.number().int(), chat: telegramChat, date: z.number().int() })
    .optional(),
  data: z.string().optional(),
});

export const chatMemberUpdate = z.object({
  chat: telegramChat,
  from: telegramUser,
  new_chat_member: z.object({ status: z.string(), user: telegramUser }),
});

export type TelegramMessage = z.infer<typeof telegramMessage>;
export type TelegramUser = z.infer<typeof telegramUser>;
export type PhotoSize = z.infer<typeof photoSize>;
