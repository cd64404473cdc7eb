import type { IncomingFile } from '../../core/conversation/chat-types.ts';
import { MAX_CHAT_FILE_BYTES } from '../../core/conversation/file-checks.ts';
import { routeSlackUrl, type SlackEndpoints } from './slack-endpoints.ts';
import type { SlackFile } from './slack-payloads.ts';

export class SlackDownloadError extends Error {
  readonly code = 'SLACK_DOWNLOAD_FAILED';
  constructor(
    readonly fileId: string,
    readonly reason: string,
  ) {
    super(`file ${fileId} could not be downloaded: ${reason}`);
  }
}

/**
 * A Slack file, downloaded on demand from `url_private` with the bot token. Without the token
 * Slack answers 200 with an HTML sign-in page: an HTML answer is a failed download, never a
 * receipt.
 */
export function slackIncomingFile(
  file: SlackFile,
  botToken: string,
  endpoints: SlackEndpoints,
): IncomingFile {
  return {
    key: `slack:${file.id}`,
    name: file.name ?? file.id,
    mimeType: file.mimetype ?? null,
    size: file.size ?? null,
    async fetch() {
      const source = file.url_private_download ?? file.url_private;
      const url = source ? routeSlackUrl(source, 'files', endpoints) : null;
      if (!url) throw new SlackDownloadError(file.id, 'no Slack file address');
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${botToken}` },
        signal: AbortSignal.timeout(60_000),
      });
      if (!response.ok) throw new SlackDownloadError(file.id, `status ${response.status}`);
      if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
        throw new SlackDownloadError(file.id, 'Slack answered with a sign-in page');
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > MAX_CHAT_FILE_BYTES) throw new SlackDownloadError(file.id, 'too large');
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
