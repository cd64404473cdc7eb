import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { readFixture } from '../../test/fixtures.ts';
import { verifySlackSignature } from './verify-slack-signature.ts';

const signedRequests = z.object({
  signing_secret: z.string(),
  requests: z.array(
    z.object({
      name: z.string(),
      body_file: z.string(),
      received_at: z.number(),
      headers: z.record(z.string()),
      expect: z.string(),
    }),
  ),
});

const table = signedRequests.parse(
  JSON.parse(Buffer.from(readFixture('chat/slack/signed_requests.json')).toString('utf8')),
);

describe('Slack request signatures (fixtures/chat/slack/signed_requests.json)', () => {
  test.each(table.requests)('$name → $expect', (request) => {
    const verdict = verifySlackSignature({
      signingSecret: table.signing_secret,
      rawBody: readFixture(`chat/slack/${request.body_file}`),
      timestamp: request.headers['x-slack-request-timestamp'],
      signature: request.headers['x-slack-signature'],
      nowSeconds: request.received_at,
    });
    expect(verdict.ok).toBe(request.expect === 'accept');
  });

  test('a replay is refused for its age although its signature is right', () => {
    const replay = table.requests.find((request) => request.name.includes('replayed'))!;
    const verdict = verifySlackSignature({
      signingSecret: table.signing_secret,
      rawBody: readFixture(`chat/slack/${replay.body_file}`),
      timestamp: replay.headers['x-slack-request-timestamp'],
      signature: replay.headers['x-slack-signature'],
      nowSeconds: replay.received_at,
    });
    expect(verdict).toEqual({ ok: false, error: 'stale_timestamp' });
  });

  test('missing headers and a signature of another length are refused without throwing', () => {
    const body = readFixture('chat/slack/slash_command.body.txt');
    const base = { signingSecret: table.signing_secret, rawBody: body, nowSeconds: 1794473137 };
    expect(verifySlackSignature({ ...base, timestamp: undefined, signature: 'v0=00' }).ok).toBe(
      false,
    );
    expect(verifySlackSignature({ ...base, timestamp: '1794473135', signature: 'v0=00' })).toEqual({
      ok: false,
      error: 'signature_mismatch',
    });
  });
});
