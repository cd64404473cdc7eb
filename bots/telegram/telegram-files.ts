import type { IncomingFile } from '../../core/conversation/chat-types.ts';
import { MAX_CHAT_FILE_BYTES } from '../../core/conversation/file-checks.ts';
import type { PhotoSize, TelegramMessage } from './telegram-updates.ts';

/** Resolves a file id to its download address (getFile); the address holds the bot token. */
export type FileLinkResolver = (fileId: string) => Promise<URL>;

/** Telegram lists a photo's sizes in no promised order: the largest is by area, not position. */
export function largestPhoto(sizes: readonly PhotoSize[]): PhotoSize | undefined {
  return sizes.reduce<PhotoSize | undefined>(
    (best, size) => (!best || size.width * size.height > best.width * best.height ? size : best),
    undefined,
  );
}

/** The files of a message: a document, a photo, or media we answer without downloading. */
export function filesOfMessage(
  message: TelegramMessage,
  resolve: FileLinkResolver,
): IncomingFile[] {
  const file = (
    ref: { file_id: string; file_unique_id: string; file_size?: number | undefined },
    name: string,
    mimeType: string | null,
  ): IncomingFile => ({
    key: `telegram:${ref.file_unique_id}`,
    name,
    mimeType,
    size: ref.file_size ?? null,
    fetch: () => download(resolve, ref.file_id),
  });

  if (message.document) {
    const document = message.document;
    return [file(document, document.file_name ?? 'document', document.mime_type ?? null)];
  }
  const photo = largestPhoto(message.photo ?? []);
  if (photo) return [file(photo, `photo-${message.message_id}.jpg`, 'image/jpeg')];

  const media = message.video ?? message.audio ?? message.voice ?? message.animation;
  if (media)
    return [file(media, media.file_name ?? 'media', media.mime_type ?? 'application/octet-stream')];
  if (message.video_note) return [file(message.video_note, 'video', 'video/mp4')];
  if (message.sticker) return [file(message.sticker, 'sticker', 'application/x-telegram-sticker')];
  return [];
}

async function download(resolve: FileLinkResolver, fileId: string): Promise<Uint8Array> {
  const url = await resolve(fileId);
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`file download answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_CHAT_FILE_BYTES) throw new Error(`file download of ${declared} bytes refused`);
  return new Uint8Array(await response.arrayBuffer());
}
