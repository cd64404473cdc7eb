import type { Notifier, NotifyResult } from './notifier.ts';

export interface LateBoundNotifier extends Notifier {
  /** Points every later message at the chat fronts once they have started. */
  bind(target: Notifier): void;
}

const NOWHERE: NotifyResult = { delivered: [] };

/**
 * The worker is created before the chat fronts (they need its database and files), yet its
 * activities must speak in chat: they get this notifier, bound to the fronts when they are up.
 * Until then a message reaches nobody, and says so (`delivered: []`), like a person with no chat.
 */
export function createLateBoundNotifier(): LateBoundNotifier {
  let target: Notifier | null = null;
  return {
    bind(next) {
      target = next;
    },
    notifyFreelancer: (freelancerId, message) =>
      target ? target.notifyFreelancer(freelancerId, message) : Promise.resolve(NOWHERE),
    notifyFirmStaff: (firmId, message) =>
      target ? target.notifyFirmStaff(firmId, message) : Promise.resolve(NOWHERE),
  };
}
