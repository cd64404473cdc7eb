import { createBankActivities, type BankActivityDeps } from './bank-activities.ts';
import {
  sendConnectionNotice,
  type ConnectionNotice,
  type ConnectionNoticeDeps,
  type ConnectionNoticeReport,
} from './connection-notices.ts';

export type ConnectionActivityDeps = BankActivityDeps & ConnectionNoticeDeps;

/** Everything the connection lifecycle workflow asks of the outside world. */
export function createConnectionActivities(deps: ConnectionActivityDeps) {
  return {
    ...createBankActivities(deps),
    async sendConnectionNotice(notice: ConnectionNotice): Promise<ConnectionNoticeReport> {
      return sendConnectionNotice(deps, notice);
    },
  };
}

export type ConnectionActivities = ReturnType<typeof createConnectionActivities>;
