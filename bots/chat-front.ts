import type { Notifier } from '../core/notifications/notifier.ts';

/** What `pointage serve` runs for each chat platform. */
export interface ChatFront {
  start(): Promise<void>;
  stop(): Promise<void>;
  readonly notifier: Notifier;
}
