import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInvitation } from '../../core/conversation/chat-identities.ts';
import { createConversation, type Conversation } from '../../core/conversation/conversation.ts';
import { newQuestionId } from '../../core/conversation/pending-questions.ts';
import { createReceiptsPort } from '../../core/conversation/receipts-adapter.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import { createFolderFileStore } from '../../core/files/file-store.ts';
import { silentLogger } from '../../core/logging/logger.ts';
import { importSampleBooks } from '../../core/receipts/test-support/sample-books.ts';
import { createTestDatabase } from '../../test/database.ts';
import { FIXTURES_DIR } from '../../test/fixtures.ts';
import { createFakeBanking, type FakeBanking } from './fake-banking.ts';

export const MAELLE = 'maelle-fauconnet';
export const FIRM = 'cabinet-rochefort';
export const INVITATION = 'INV-7KQ2-LYON';
export const STAFF_INVITATION = 'INV-STAF-LYON';
/** 12 November 2026, 10:00 in Lyon: the day of the recorded payloads. */
export const FIXTURE_NOW = new Date('2026-11-12T09:00:00Z');

/** Rows the categoriser left to confirm in the sample, with what it suggested. */
export const TO_CONFIRM: ReadonlyArray<{ fitid: string; code: string; confidence: number }> = [
  { fitid: 'V4821261016032', code: 'L24_DEPLACEMENTS', confidence: 92 },
  { fitid: 'V4821261022035', code: 'L27_FOURNITURES_TELECOM', confidence: 92 },
  { fitid: 'V4821261105041', code: 'L24_DEPLACEMENTS', confidence: 88 },
];

export interface ChatWorld {
  readonly db: Database;
  readonly conversation: Conversation;
  readonly banking: FakeBanking;
  /** FITID → transaction id. */
  readonly fitid: ReadonlyMap<string, string>;
  readonly clock: { now: Date };
  /** Question ids handed out next (recorded payloads name theirs), then random ones. */
  readonly questionIds: string[];
  transaction(fitid: string): Promise<{ categoryCode: string | null; toConfirm: boolean }>;
  drop(): Promise<void>;
}

/**
 * Maëlle's world of the fixtures in a fresh database: her sample accounts imported, an
 * invitation from her firm, three rows to confirm, an active bank connection, real receipts.
 */
export async function createChatWorld(
  options: { toConfirm?: readonly string[] } = {},
): Promise<ChatWorld> {
  const test = await createTestDatabase();
  const db = test.db;
  await db.firm.create({ data: { id: FIRM, name: 'Cabinet Rochefort Expertise' } });
  const fitid = await importSampleBooks(db, FIXTURES_DIR, MAELLE);
  await db.freelancer.update({ where: { id: MAELLE }, data: { firmId: FIRM } });
  await createInvitation(db, {
    role: 'FREELANCER',
    freelancerId: MAELLE,
    now: FIXTURE_NOW,
    code: INVITATION,
  });
  await createInvitation(db, {
    role: 'STAFF',
    firmId: FIRM,
    now: FIXTURE_NOW,
    code: STAFF_INVITATION,
  });

  const wanted = options.toConfirm ?? TO_CONFIRM.map((row) => row.fitid);
  for (const row of TO_CONFIRM.filter((entry) => wanted.includes(entry.fitid))) {
    await db.transaction.update({
      where: { id: fitid.get(row.fitid)! },
      data: {
        toConfirm: true,
        categoryCode: row.code,
        confidence: row.confidence,
        categorySource: 'RULE',
        categorisedAt: FIXTURE_NOW,
      },
    });
  }
  await db.connection.create({
    data: {
      id: 'conn-saone-rhone',
      freelancerId: MAELLE,
      provider: 'ENABLE_BANKING',
      state: 'ACTIVE',
      label: 'Banque Saône-Rhône',
      consentValidUntil: new Date('2027-04-30T10:00:00Z'),
    },
  });

  const filesDir = mkdtempSync(path.join(tmpdir(), 'pointage-chat-'));
  const clock = { now: FIXTURE_NOW };
  const questionIds: string[] = [];
  const banking = createFakeBanking(db);
  const conversation = createConversation({
    db,
    receipts: createReceiptsPort({
      db,
      files: createFolderFileStore(filesDir),
      logger: silentLogger,
    }),
    banking,
    clock: () => clock.now,
    logger: silentLogger,
    newQuestionId: () => questionIds.shift() ?? newQuestionId(),
  });
  return {
    db,
    conversation,
    banking,
    fitid,
    clock,
    questionIds,
    async transaction(id) {
      return db.transaction.findUniqueOrThrow({
        where: { id: fitid.get(id)! },
        select: { categoryCode: true, toConfirm: true },
      });
    },
    async drop() {
      await test.drop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
