import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/logging/logger.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createDashboardFront, type DashboardFront } from '../create-dashboard-front.ts';
import { createRecordingNotifier } from '../test-support/recording-notifier.ts';

let database: TestDatabase;
let front: DashboardFront;

beforeAll(async () => {
  database = await createTestDatabase();
  front = createDashboardFront({
    db: database.db,
    notifier: createRecordingNotifier(),
    logger: silentLogger,
    sessionSecret: 'transport test secret, thirty-two characters',
    secureCookies: true,
    port: 0,
  });
  await front.start();
});
afterAll(async () => {
  await front?.stop();
  await database?.drop();
});

describe('the dashboard over node:http', () => {
  it('listens on loopback and answers with a hardened session cookie and headers', async () => {
    expect(front.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${front.url}/connexion`);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(
      /^__Host-pointage_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/,
    );
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses an oversized form, and a body that is not a form', async () => {
    const big = await fetch(`${front.url}/connexion`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=${'a'.repeat(70_000)}`,
    });
    expect(big.status).toBe(413);
    const json = await fetch(`${front.url}/connexion`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'x', password: 'y' }),
    });
    expect(json.status).toBe(403);
  });

  it('answers 404 and 405 with a page', async () => {
    expect((await fetch(`${front.url}/nulle-part`)).status).toBe(404);
    expect((await fetch(`${front.url}/invitations`)).status).toBe(405);
  });
});
