import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { claimAnswer, openQuestion, releaseAnswer } from './pending-questions.ts';

let test_: TestDatabase;
const now = new Date('2026-11-12T09:00:00Z');

beforeAll(async () => {
  test_ = await createTestDatabase();
  await test_.db.chatIdentity.create({
    data: {
      id: 'identity-1',
      channel: 'TELEGRAM',
      externalId: '6581234907',
      role: 'FREELANCER',
      freelancerId: 'f-1',
    },
  });
});
afterAll(async () => test_.drop());

const ask = (id: string) =>
  openQuestion(test_.db, {
    id,
    identityId: 'identity-1',
    freelancerId: 'f-1',
    subjectRef: id,
    chatId: '6581234907',
    context: { kind: 'actions', actions: [] },
    now,
  });

describe('answering a stored question', () => {
  test('ten identical clicks at once: one is applied, nine find it already done', async () => {
    await ask('q_SAME');
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () =>
        claimAnswer(test_.db, { questionId: 'q_SAME', answerKey: 'c:L27', now }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'claimed')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'same_answer')).toHaveLength(9);
  });

  test('another answer replaces the first while the question is open; none is taken once expired', async () => {
    await ask('q_CHANGE');
    expect(await claimAnswer(test_.db, { questionId: 'q_CHANGE', answerKey: 'c:L24', now })).toBe(
      'claimed',
    );
    expect(await claimAnswer(test_.db, { questionId: 'q_CHANGE', answerKey: 'c:L26', now })).toBe(
      'claimed',
    );
    const later = new Date(now.getTime() + 31 * 86_400_000);
    expect(
      await claimAnswer(test_.db, { questionId: 'q_CHANGE', answerKey: 'c:L30', now: later }),
    ).toBe('closed');
  });

  test('a failed answer is released and can be given again', async () => {
    await ask('q_FAIL');
    expect(await claimAnswer(test_.db, { questionId: 'q_FAIL', answerKey: 'a:0', now })).toBe(
      'claimed',
    );
    await releaseAnswer(test_.db, { questionId: 'q_FAIL', answerKey: 'a:0', previousKey: null });
    expect(await claimAnswer(test_.db, { questionId: 'q_FAIL', answerKey: 'a:0', now })).toBe(
      'claimed',
    );
  });

  test('asking again about the same subject reuses the open question', async () => {
    const first = await openQuestion(test_.db, {
      id: 'q_FIRST',
      identityId: 'identity-1',
      freelancerId: 'f-1',
      subjectRef: 'V4821261022035',
      chatId: '6581234907',
      context: {
        kind: 'category',
        transactionId: 't',
        description: 'd',
        amountCents: -4690,
        suggested: null,
        confidence: 0,
      },
      now,
    });
    const second = await openQuestion(test_.db, {
      id: 'q_SECOND',
      identityId: 'identity-1',
      freelancerId: 'f-1',
      subjectRef: 'V4821261022035',
      chatId: '6581234907',
      context: {
        kind: 'category',
        transactionId: 't',
        description: 'd',
        amountCents: -4690,
        suggested: 'L27_FOURNITURES_TELECOM',
        confidence: 92,
      },
      now,
    });
    expect([first, second]).toEqual(['q_FIRST', 'q_FIRST']);
  });
});
