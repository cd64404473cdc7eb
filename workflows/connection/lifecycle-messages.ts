// Input, signals, updates and query of the connection lifecycle workflow, re-exported by
// connection-lifecycle-workflow.ts. Sandbox-clean: definitions and types only.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { PsuType } from '../../core/banking/aggregator.ts';
import type { BankLinkResult, BankLinkStart } from '../../core/banking/bank-link.ts';
import type { EndReason } from '../../core/banking/consent-texts.ts';
import type { ImportReport } from '../../core/ledger/import-report.ts';
import type { NoticeEpoch, NoticeSettings, PlannedNotice } from './consent-plan.ts';

export interface LifecycleSettings extends NoticeSettings {
  /** Hours between unattended syncs; never under 6 (4 pulls a day, bank-sync.md §1). */
  readonly syncEveryHours: number;
  /** Failed syncs in a row after which the connection counts as broken. */
  readonly maxSyncFailures: number;
  readonly retryAfterFailureMinutes: number;
  /** History events after which the run continues as new. */
  readonly maxHistoryEvents: number;
}

/** What a bank connection's run hands to the next one on continue-as-new. */
export interface BankLifecycleState {
  readonly phase: 'PENDING_AUTH' | 'ACTIVE' | 'ENDED';
  readonly epoch: NoticeEpoch | null;
  /** Epoch milliseconds of the stored consent end (`valid_until`). */
  readonly consentEnd: number | null;
  /** Notices of the current epoch already sent or skipped. */
  readonly done: readonly string[];
  /** Reminders added by "remind me later". */
  readonly extra: readonly PlannedNotice[];
  readonly nextSyncAt: number | null;
  readonly failures: number;
  readonly syncsDone: number;
  readonly lastSync: string | null;
}

/** One workflow per bank connection, id `connection-<connectionId>`. */
export interface ConnectionLifecycleInput {
  readonly connectionId: string;
  readonly freelancerId: string;
  readonly provider: 'FILE' | 'ENABLE_BANKING';
  /** The freelancer's firm, for the search attributes staff filter on. */
  readonly firmId?: string | null;
  readonly settings?: Partial<LifecycleSettings>;
  /** Carried over continue-as-new. */
  readonly importsDone?: number;
  readonly bank?: BankLifecycleState;
}

export interface ImportStatementRequest {
  readonly fileSha256: string;
  readonly fileName: string;
  readonly accountName?: string;
}

export type ConnectionStatusState =
  'ACTIVE' | 'IMPORTING' | 'DISCONNECTED' | 'PENDING_AUTH' | 'EXPIRING' | 'EXPIRED' | 'BROKEN';

export interface ConnectionStatus {
  readonly connectionId: string;
  readonly state: ConnectionStatusState;
  readonly importsDone: number;
  /** Bank connections only. */
  readonly consentEnd?: string | null;
  readonly endReason?: EndReason | null;
  readonly syncsDone?: number;
  readonly lastSync?: string | null;
  readonly nextSyncAt?: string | null;
}

export const connectionWorkflowId = (connectionId: string) => `connection-${connectionId}`;

// An update, not a signal: the caller waits for the import's report (or its rejection).
export const importStatementUpdate = defineUpdate<ImportReport, [ImportStatementRequest]>(
  'importStatement',
);
export const disconnectSignal = defineSignal('disconnect');
export const getConnectionStatusQuery = defineQuery<ConnectionStatus>('getConnectionStatus');

// Updates: the chat or CLI waits for the bank's URL, and for the accounts the link found.
export const requestBankLinkUpdate = defineUpdate<BankLinkStart, [{ psuType?: PsuType }]>(
  'requestBankLink',
);
export const completeBankLinkUpdate = defineUpdate<
  BankLinkResult,
  [{ code: string; state: string }]
>('completeBankLink');
/** "Remind me later": the chat reminders of the next `days` days are replaced by one then. */
export const remindLaterSignal = defineSignal<[{ days: number }]>('remindLater');
/** After accounts were activated: sync as soon as the daily budget allows. */
export const syncNowSignal = defineSignal('syncNow');
