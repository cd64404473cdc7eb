import { proxyActivities, upsertSearchAttributes } from '@temporalio/workflow';
import type { DigestActivities, DigestReport } from './activities/digest-activities.ts';
import { parisDayOf } from './paris-calendar.ts';
import { FIRM_ID, WORKFLOW_KIND, WORKFLOW_STATE } from './search-attributes.ts';

/** Started each morning by the firm's digest Schedule. */
export interface StaffDigestInput {
  readonly firmId: string;
}

const digest = proxyActivities<DigestActivities>({
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '30 seconds',
  // A digest a day late is useless: after a few hours of failures, tomorrow's takes over.
  retry: { initialInterval: '30 seconds', maximumInterval: '30 minutes', maximumAttempts: 10 },
});

/** The firm's daily digest of what needs the staff: keyed by the Paris day, sent once. */
export async function staffDigestWorkflow(input: StaffDigestInput): Promise<DigestReport> {
  upsertSearchAttributes([
    { key: FIRM_ID, value: input.firmId },
    { key: WORKFLOW_KIND, value: 'staff-digest' },
    { key: WORKFLOW_STATE, value: 'SENDING' },
  ]);
  const day = parisDayOf(Date.now());
  const report = await digest.sendStaffDigest({ firmId: input.firmId, day });
  upsertSearchAttributes([
    { key: WORKFLOW_STATE, value: report.count > 0 ? 'SENT' : 'NOTHING_TO_SAY' },
  ]);
  return report;
}
