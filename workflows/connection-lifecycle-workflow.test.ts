import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFreelancer } from '../core/freelancers/ensure-freelancer.ts';
import { createTestDatabase, type TestDatabase } from '../test/database.ts';
import { PROJECT_ROOT, readFixture } from '../test/fixtures.ts';
import { startTemporalHarness, type TemporalHarness } from '../test/support/temporal-harness.ts';
import { importStatementThroughWorkflow } from './client/import-statement.ts';
import { connectionWorkflowId, getConnectionStatusQuery } from './connection-lifecycle-workflow.ts';

const SAMPLE = path.join(PROJECT_ROOT, 'samples/compte-pro-societe-generale_2026-09_2026-11.csv');

let database: TestDatabase;
let harness: TemporalHarness;
const freelancerId = 'ines';
let connectionId: string;

async function importBytes(bytes: Uint8Array, fileName: string) {
  const stored = await harness.files.put(bytes);
  return importStatementThroughWorkflow(harness.client, {
    connectionId,
    freelancerId,
    taskQueue: harness.taskQueue,
    request: { fileSha256: stored.sha256, fileName },
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await startTemporalHarness(database);
  await ensureFreelancer(database.db, { id: freelancerId, ownNames: ['INES GARNIER'] });
  // One Temporal server serves every test file: a connection id of its own keeps workflows apart.
  connectionId = `file-${harness.taskQueue}`;
  await database.db.connection.create({
    data: { id: connectionId, freelancerId, provider: 'FILE', state: 'ACTIVE', label: 'Relevés' },
  });
});

afterAll(async () => {
  await harness.close();
  await database.drop();
});

// Two accounts: the first is fine, the second has no number but a transaction, so storing fails
// after the first account's rows were written: the whole import must roll back.
const HALF_GOOD_OFX = [
  'OFXHEADER:100',
  'DATA:OFXSGML',
  'VERSION:102',
  'ENCODING:USASCII',
  'CHARSET:1252',
  '',
  '<OFX><BANKMSGSRSV1>',
  ...[
    ['00051234567', 'OK-1', '20261102', '-42.00'],
    ['', 'KO-1', '20261103', '-7.00'],
  ].flatMap(([account, fitid, date, amount]) => [
    '<STMTTRNRS><STMTRS><CURDEF>EUR',
    `<BANKACCTFROM><BANKID>30003<ACCTID>${account}<ACCTTYPE>CHECKING</BANKACCTFROM>`,
    `<BANKTRANLIST><DTSTART>20261101<DTEND>20261130<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>${date}`,
    `<TRNAMT>${amount}<FITID>${fitid}<NAME>ROW ${fitid}</STMTTRN></BANKTRANLIST>`,
    '</STMTRS></STMTTRNRS>',
  ]),
  '</BANKMSGSRSV1></OFX>',
].join('\r\n');

describe('connection lifecycle workflow: statement import', () => {
  it('imports the shipped sample through the workflow, categorised, then finds nothing new', async () => {
    const first = await importBytes(new Uint8Array(readFileSync(SAMPLE)), path.basename(SAMPLE));
    expect(first.newCount).toBe(45);
    expect(first.knownCount).toBe(0);
    expect(first.accounts).toHaveLength(1);
    const categorised = await database.db.transaction.count({
      where: { categorisedAt: { not: null } },
    });
    expect(categorised).toBe(45);
    // The personal transfers to INES GARNIER are prélèvements, never dépenses.
    const withdrawals = await database.db.transaction.findMany({
      where: { categoryCode: 'PRELEVEMENT_PERSONNEL' },
    });
    expect(withdrawals.map((row) => Number(row.amountCents))).toEqual([-220000, -220000, -220000]);

    const second = await importBytes(new Uint8Array(readFileSync(SAMPLE)), path.basename(SAMPLE));
    expect(second).toMatchObject({ newCount: 0, knownCount: 45 });
    expect(await database.db.transaction.count()).toBe(45);

    const status = await harness.client.workflow
      .getHandle(connectionWorkflowId(connectionId))
      .query(getConnectionStatusQuery);
    expect(status).toMatchObject({ state: 'ACTIVE', importsDone: 2 });
  });

  it('rejects a broken statement with the file and line, storing nothing', async () => {
    const before = await database.db.transaction.count();
    const attempt = importBytes(
      readFixture('statements/ofx/broken_no-header_bad-date_bad-amount.ofx'),
      'broken.ofx',
    );
    await expect(attempt).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    const error = (await attempt.catch((caught: unknown) => caught)) as WorkflowUpdateFailedError;
    expect(String((error.cause as Error).message)).toMatch(/broken\.ofx, line 4[34]/);
    expect(await database.db.transaction.count()).toBe(before);
  });

  it('rolls back every row of a statement that fails half-way through storing', async () => {
    const before = await database.db.transaction.count();
    const accountsBefore = await database.db.account.count();
    const attempt = importBytes(new TextEncoder().encode(HALF_GOOD_OFX), 'half-good.ofx');
    const error = (await attempt.catch((caught: unknown) => caught)) as WorkflowUpdateFailedError;
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(String((error.cause as Error).message)).toMatch(
      /half-good\.ofx: the file does not say which account/,
    );
    expect(await database.db.transaction.count()).toBe(before);
    expect(await database.db.account.count()).toBe(accountsBefore);
  });
});
