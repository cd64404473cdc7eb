import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { deliverOnce } from './deliver-once.ts';

let database: TestDatabase;
const delivery = (key: string) => ({
  key,
  subjectId: 'receipts-ines-2026-11',
  kind: 'reminder',
  channel: 'chat',
});

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe('deliverOnce', () => {
  it('sends a key once, however often asked', async () => {
    let sends = 0;
    const send = async () => {
      sends += 1;
    };
    expect(await deliverOnce(database.db, delivery('k1'), send)).toBe('sent');
    expect(await deliverOnce(database.db, delivery('k1'), send)).toBe('already-sent');
    expect(sends).toBe(1);
    const row = await database.db.connectionNotification.findUniqueOrThrow({
      where: { key: 'k1' },
    });
    expect(row).toMatchObject({
      status: 'SENT',
      connectionId: 'receipts-ines-2026-11',
      channel: 'chat',
    });
    expect(row.sentAt).not.toBeNull();
  });

  it('sends again a message whose earlier attempt failed before it left', async () => {
    const failing = async () => {
      throw new Error('relay down');
    };
    await expect(deliverOnce(database.db, delivery('k2'), failing)).rejects.toThrow('relay down');
    const row = await database.db.connectionNotification.findUniqueOrThrow({
      where: { key: 'k2' },
    });
    expect(row.status).toBe('SENDING');

    let sends = 0;
    const send = async () => {
      sends += 1;
    };
    expect(await deliverOnce(database.db, delivery('k2'), send)).toBe('sent');
    expect(sends).toBe(1);
  });
});
