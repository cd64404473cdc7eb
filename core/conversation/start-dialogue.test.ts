import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { silentLogger } from '../logging/logger.ts';
import type { ChatTurn } from './chat-types.ts';
import { createConversation } from './conversation.ts';
import type { BankingPort, ReceiptsPort } from './conversation-ports.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

// Linking touches neither receipts nor banking.
const unused = new Proxy({}, { get: () => () => Promise.reject(new Error('not used')) });

function conversation(selfOnboarding: boolean) {
  return createConversation({
    db: database.db,
    receipts: unused as ReceiptsPort,
    banking: unused as BankingPort,
    clock: () => new Date('2026-11-12T09:00:00Z'),
    logger: silentLogger,
    selfOnboarding,
  });
}

const turn = (externalId: string, chatId = externalId, isPrivate = true): ChatTurn => ({
  speaker: { channel: 'telegram', externalId, displayName: 'Jeanne Martin' },
  chatId,
  isPrivate,
  canOpenForms: false,
});

describe('linking a chat without an invitation', () => {
  test('is refused unless the operator allows self-onboarding', async () => {
    const reply = await conversation(false).onText(turn('111'), '/start');
    expect(reply.messages[0]!.text).toMatch(/code d’invitation/);
    expect(await database.db.chatIdentity.count()).toBe(0);
  });

  test('where allowed, creates a freelancer of one’s own, once', async () => {
    const chat = conversation(true);
    expect((await chat.onText(turn('222'), '/start')).messages[0]!.text).toMatch(/Bonjour Jeanne/);
    expect((await chat.onText(turn('222'), '/start')).messages[0]!.text).toMatch(/déjà liée/);
    const identity = await database.db.chatIdentity.findFirstOrThrow({
      where: { externalId: '222' },
    });
    const freelancer = await database.db.freelancer.findUniqueOrThrow({
      where: { id: identity.freelancerId! },
    });
    expect([freelancer.displayName, identity.directChatId]).toEqual(['Jeanne Martin', '222']);
  });

  test('in a group, strangers’ chatter gets no answer at all', async () => {
    const reply = await conversation(true).onText(
      turn('333', '-100200', false),
      'bonjour tout le monde',
    );
    expect(reply.messages).toEqual([]);
  });
});
