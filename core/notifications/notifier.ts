import type { OutgoingMessage } from '../conversation/outgoing-message.ts';

export interface NotifyResult {
  /** Channels the message reached (`slack`, `telegram`); empty when the person has none linked. */
  readonly delivered: readonly string[];
}

/**
 * The one way workflows speak in chat. The Slack and Telegram bots implement it; workflows and
 * activities never import a bot.
 */
export interface Notifier {
  notifyFreelancer(freelancerId: string, message: OutgoingMessage): Promise<NotifyResult>;
  notifyFirmStaff(firmId: string, message: OutgoingMessage): Promise<NotifyResult>;
}

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
}

/** Outgoing e-mail (SMTP in production, an SMTP server on loopback in tests). */
export interface Mailer {
  send(message: MailMessage): Promise<{ messageId: string }>;
}

/** Sends to every notifier given (one per chat platform) and merges what they reached. */
export function combineNotifiers(notifiers: readonly Notifier[]): Notifier {
  const merge = async (send: (notifier: Notifier) => Promise<NotifyResult>) => {
    const results = await Promise.all(notifiers.map(send));
    return { delivered: results.flatMap((result) => result.delivered) };
  };
  return {
    notifyFreelancer: (freelancerId, message) =>
      merge((notifier) => notifier.notifyFreelancer(freelancerId, message)),
    notifyFirmStaff: (firmId, message) =>
      merge((notifier) => notifier.notifyFirmStaff(firmId, message)),
  };
}
