import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { PROJECT_ROOT } from '../../test/fixtures.ts';
import { CliError } from '../cli-error.ts';
import { buildStatus } from './status-command.ts';

const DAY_MS = 86_400_000;
const now = new Date('2026-12-04T10:00:00Z');
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await db.firm.create({ data: { id: 'cabinet-durand', name: 'Cabinet Durand' } });
  await db.freelancer.createMany({
    data: [
      { id: 'ines', displayName: 'Inès Garnier', firmId: 'cabinet-durand' },
      { id: 'hugo', displayName: 'Hugo Bernard', firmId: 'cabinet-durand' },
      { id: 'autre', displayName: 'Autre Cabinet' },
    ],
  });
  await db.connection.createMany({
    data: [
      {
        id: 'cx-ines',
        freelancerId: 'ines',
        provider: 'ENABLE_BANKING',
        state: 'ACTIVE',
        label: 'Société Générale',
        consentValidUntil: new Date(now.getTime() + 42 * DAY_MS),
      },
      {
        id: 'cx-hugo',
        freelancerId: 'hugo',
        provider: 'ENABLE_BANKING',
        state: 'EXPIRED',
        label: 'Qonto',
        consentValidUntil: new Date(now.getTime() - 3 * DAY_MS),
      },
    ],
  });
  await db.collectionMonth.create({
    data: {
      freelancerId: 'ines',
      month: '2026-11',
      firmId: 'cabinet-durand',
      state: 'ESCALATED',
      statementsMissing: 1,
      receiptsMissing: 3,
      remindersSent: 2,
      checkedAt: now,
    },
  });
});

afterAll(async () => {
  await database?.drop();
});

describe('pointage status', () => {
  it('prints one line per freelancer of the firm, most urgent first, with failing workflows', async () => {
    const text = await buildStatus(
      database.db,
      async (filter) => {
        expect(filter).toEqual({ firmId: 'cabinet-durand' });
        return [
          {
            workflowId: 'receipts-ines-2026-10',
            kind: 'monthly-collection',
            freelancerId: 'ines',
            firmId: 'cabinet-durand',
            problem: 'FAILED',
            detail: null,
            since: null,
          },
          {
            workflowId: 'digest-cabinet-durand',
            kind: 'staff-digest',
            freelancerId: null,
            firmId: 'cabinet-durand',
            problem: 'STUCK',
            detail: 'x',
            since: null,
          },
        ];
      },
      { firm: 'cabinet-durand', now },
    );
    expect(text.split('\n')).toEqual([
      'Pointage — 2 indépendants, cabinet cabinet-durand, le 04/12/2026',
      'hugo (Hugo Bernard) | banque : Qonto EXPIRED expirée depuis 3 j | mois : pas encore collecté | ' +
        'à confirmer : 0 | workflows : OK',
      'ines (Inès Garnier) | banque : Société Générale ACTIVE J-42 | ' +
        'mois 2026-11 : ESCALATED (1 relevé(s), 3 justificatif(s) manquent) | à confirmer : 0 | ' +
        'workflows : receipts-ines-2026-10 en échec',
      'autres workflows : digest-cabinet-durand bloqué',
    ]);
  });

  it('still prints the books side when Temporal cannot be reached, and says so', async () => {
    const text = await buildStatus(
      database.db,
      async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:7233');
      },
      { now },
    );
    expect(text).toContain('(workflows non consultés : connect ECONNREFUSED 127.0.0.1:7233)');
    expect(text).toContain('autre (Autre Cabinet) | banque : aucune connexion');
    expect(text).toContain('workflows : ?');
  });

  it('refuses a firm that does not exist', async () => {
    await expect(
      buildStatus(database.db, async () => [], { firm: 'inconnu', now }),
    ).rejects.toBeInstanceOf(CliError);
  });

  it('runs from the command line against Temporal', async () => {
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve) => {
        const child = spawn(
          process.execPath,
          [path.join(PROJECT_ROOT, 'bin/pointage.js'), 'status', '--firm', 'cabinet-durand'],
          {
            cwd: PROJECT_ROOT,
            env: {
              ...process.env,
              LOG_LEVEL: 'warn',
              DATABASE_URL: database.url,
              TEMPORAL_ADDRESS: inject('temporalAddress'),
              POINTAGE_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pointage-status-')),
            },
          },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Pointage — 2 indépendants, cabinet cabinet-durand, le \d\d\/\d\d\/\d{4}\n/,
    );
    expect(result.stdout).toContain('ines (Inès Garnier) | banque : Société Générale ACTIVE J-');
    expect(result.stdout).toContain('workflows : OK');
  });
});
