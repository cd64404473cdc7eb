import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { PROJECT_ROOT } from '../fixtures.ts';

export const HISTORIES_DIR = path.join(PROJECT_ROOT, 'workflows/__histories__');

const { History } = temporal.api.history.v1;
// Readable JSON (enum names, int64 as strings, bytes in base64) that History.fromObject reads
// back. Not the SDK's historyToJSON: here it throws "type must be a Type", because
// @temporalio/common and @temporalio/proto each carry their own nested copy of protobufjs 8.
const JSON_FORM = { longs: String, enums: String, bytes: String } as const;

/** A recorded history as the replay worker takes it. */
export function readHistoryFixture(json: string): {
  workflowId: string;
  history: temporal.api.history.v1.History;
} {
  const fixture = JSON.parse(json) as { workflowId: string; history: Record<string, unknown> };
  return { workflowId: fixture.workflowId, history: History.fromObject(fixture.history) };
}

/**
 * With POINTAGE_RECORD_HISTORIES=1, keeps the workflow's history as a replay fixture
 * (`workflows/__histories__/<name>.json`): the replay test then runs it against the current
 * workflow code, so a change that breaks determinism fails CI. Without it, does nothing.
 */
export async function recordHistory(handle: WorkflowHandle, name: string): Promise<void> {
  if (process.env.POINTAGE_RECORD_HISTORIES !== '1') return;
  const history = await handle.fetchHistory();
  mkdirSync(HISTORIES_DIR, { recursive: true });
  const fixture = {
    workflowId: handle.workflowId,
    history: History.toObject(History.fromObject(history), JSON_FORM),
  };
  writeFileSync(path.join(HISTORIES_DIR, `${name}.json`), `${JSON.stringify(fixture, null, 1)}\n`);
}
