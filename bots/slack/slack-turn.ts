import type { ChatTurn } from '../../core/conversation/chat-types.ts';

/** A Slack message or click as a turn of the conversation; DM channel ids start with `D`. */
export function slackTurn(input: {
  teamId: string;
  userId: string;
  channelId: string;
  messageTs?: string;
  threadTs?: string;
  /** A slash command or a mention: meant for the bot wherever it is typed. */
  addressed?: boolean;
}): ChatTurn {
  return {
    speaker: { channel: 'slack', externalId: `${input.teamId}:${input.userId}` },
    chatId: input.channelId,
    isPrivate: input.channelId.startsWith('D'),
    ...(input.messageTs ? { messageId: input.messageTs } : {}),
    ...(input.threadTs && input.threadTs !== input.messageTs
      ? { replyToMessageId: input.threadTs }
      : {}),
    canOpenForms: true,
    ...(input.addressed ? { addressed: true } : {}),
  };
}
