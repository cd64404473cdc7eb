import type { OutgoingMessage } from '../../core/conversation/outgoing-message.ts';
import type { Notifier } from '../../core/notifications/notifier.ts';

export interface RecordedMessage {
  readonly to: { readonly freelancerId: string } | { readonly firmId: string };
  readonly message: OutgoingMessage;
}

/** A Notifier that keeps what it is asked to send; freelancers in `unreachable` have no chat. */
export function createRecordingNotifier(
  options: { unreachable?: readonly string[] } = {},
): Notifier & {
  readonly sent: RecordedMessage[];
} {
  const sent: RecordedMessage[] = [];
  return {
    sent,
    async notifyFreelancer(freelancerId, message) {
      if (options.unreachable?.includes(freelancerId)) return { delivered: [] };
      sent.push({ to: { freelancerId }, message });
      return { delivered: ['telegram'] };
    },
    async notifyFirmStaff(firmId, message) {
      sent.push({ to: { firmId }, message });
      return { delivered: ['telegram'] };
    },
  };
}
