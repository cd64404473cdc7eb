import { asyncLocalStorage } from '@temporalio/activity';

const HEARTBEAT_EVERY_MS = 3_000;

/**
 * Heartbeats while `work` runs, so that a worker killed mid-send is noticed after the
 * activity's heartbeat timeout rather than its whole start-to-close timeout. Outside an
 * activity (a test calling the function directly) it only awaits the work.
 */
export async function whileHeartbeating<T>(work: Promise<T>): Promise<T> {
  const context = asyncLocalStorage.getStore();
  if (!context) return work;
  context.heartbeat();
  const timer = setInterval(() => context.heartbeat(), HEARTBEAT_EVERY_MS);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
