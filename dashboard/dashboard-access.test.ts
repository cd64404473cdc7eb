import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../core/logging/logger.ts';
import { createTestDatabase, type TestDatabase } from '../test/database.ts';
import { createLoginThrottle } from './auth/login-throttle.ts';
import { deriveSessionKeys, signSession } from './auth/session-token.ts';
import { createDashboardApp, type DashboardApp } from './dashboard-app.ts';
import { createAppClient } from './test-support/app-client.ts';
import { createRecordingNotifier } from './test-support/recording-notifier.ts';
import { NOW, PASSWORD, seedFirms, type SeededFirms } from './test-support/seed-firms.ts';

const SECRET = 'test secret of the dashboard, 32 characters at least';

let database: TestDatabase;
let seeded: SeededFirms;
const notifier = createRecordingNotifier();

function newApp(limits?: { perIp: number; perAccount: number }): DashboardApp {
  return createDashboardApp({
    db: database.db,
    notifier,
    logger: silentLogger,
    sessionSecret: SECRET,
    clock: () => NOW,
    ...(limits ? { loginThrottle: createLoginThrottle({ windowMs: 15 * 60_000, ...limits }) } : {}),
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  seeded = await seedFirms(database.db);
});
afterAll(async () => database?.drop());

describe('dashboard access', () => {
  it('sends a visitor without a session to the login page', async () => {
    const client = createAppClient(newApp());
    const response = await client.get('/clients/fl-alice?mois=2026-11');
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(
      '/connexion?suite=%2Fclients%2Ffl-alice%3Fmois%3D2026-11',
    );
  });

  it('signs staff in and shows only their firm’s freelancers', async () => {
    const client = createAppClient(newApp());
    const login = await client.login('Anne@Cabinet-A.fr ', PASSWORD);
    expect(login.status).toBe(303);
    expect(String(login.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Lax/);
    const list = await client.get('/');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Alice Bernard');
    expect(list.text).not.toContain('Claire Autre');
  });

  it('refuses a staff member of another firm, for pages and actions alike', async () => {
    const client = createAppClient(newApp());
    await client.login('bob@cabinet-b.fr', PASSWORD);
    await client.get('/');
    const page = await client.get(`/clients/${seeded.ids.alice}`);
    expect(page.status).toBe(404);
    expect(page.text).not.toContain('Alice');

    const before = notifier.sent.length;
    const remind = await client.post(`/clients/${seeded.ids.alice}/relance`, { note: 'coucou' });
    expect(remind.status).toBe(404);
    const recategorise = await client.post(
      `/clients/${seeded.ids.alice}/operations/tx-alice-2/categorie`,
      {
        categorie: 'L30_FRAIS_DIVERS',
      },
    );
    expect(recategorise.status).toBe(404);
    const close = await client.post(`/clients/${seeded.ids.alice}/mois/2026-10/cloture`);
    expect(close.status).toBe(404);
    expect(notifier.sent.length).toBe(before);
    const row = await database.db.transaction.findUniqueOrThrow({ where: { id: 'tx-alice-2' } });
    expect(row.categoryCode).toBe('L08_ACHATS');
  });

  it('refuses a form without its CSRF token, or with another session’s token', async () => {
    const client = createAppClient(newApp());
    await client.login('anne@cabinet-a.fr', PASSWORD);
    const before = notifier.sent.length;
    expect(
      (await client.post(`/clients/${seeded.ids.alice}/relance`, {}, { csrf: null })).status,
    ).toBe(403);

    const other = createAppClient(newApp());
    await other.login('anne@cabinet-a.fr', PASSWORD);
    await other.get('/');
    const foreign = await client.post(
      `/clients/${seeded.ids.alice}/relance`,
      {},
      { csrf: other.csrf },
    );
    expect(foreign.status).toBe(403);
    expect(notifier.sent.length).toBe(before);
  });

  it('refuses the login form without its CSRF token', async () => {
    const client = createAppClient(newApp());
    await client.get('/connexion');
    const response = await client.post(
      '/connexion',
      { email: 'anne@cabinet-a.fr', password: PASSWORD },
      { csrf: null },
    );
    expect(response.status).toBe(403);
  });

  it('locks an account after repeated wrong passwords, even with the right one', async () => {
    const client = createAppClient(newApp({ perIp: 100, perAccount: 3 }));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await client.login('anne@cabinet-a.fr', 'wrong password!')).status).toBe(401);
    }
    const locked = await client.login('anne@cabinet-a.fr', PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
    expect(locked.text).toContain('Trop de tentatives');
  });

  it('limits attempts from one address whatever the account', async () => {
    const app = newApp({ perIp: 4, perAccount: 100 });
    const client = createAppClient(app, { ip: '192.0.2.7' });
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect((await client.login(`nobody${attempt}@example.fr`, 'whatever it is')).status).toBe(
        401,
      );
    }
    expect((await client.login('anne@cabinet-a.fr', PASSWORD)).status).toBe(429);
    const elsewhere = createAppClient(app, { ip: '192.0.2.8' });
    expect((await elsewhere.login('anne@cabinet-a.fr', PASSWORD)).status).toBe(303);
  });

  it('never lets a freelancer, a forged cookie or a disabled account reach staff pages', async () => {
    const keys = deriveSessionKeys(SECRET);
    const expiresAt = Math.floor(NOW.getTime() / 1000) + 3600;
    const asFreelancer = signSession(keys, {
      nonce: 'n'.repeat(24),
      staffId: seeded.ids.alice,
      expiresAt,
    });
    const forged = signSession(deriveSessionKeys('another secret, also long enough!!'), {
      nonce: 'n'.repeat(24),
      staffId: seeded.staffA.id,
      expiresAt,
    });
    const app = newApp();
    for (const cookie of [asFreelancer, forged]) {
      const client = createAppClient(app);
      client.jar.set('pointage_session', cookie);
      expect((await client.get('/')).status).toBe(303);
    }

    const client = createAppClient(app);
    await client.login('anne@cabinet-a.fr', PASSWORD);
    expect((await client.get('/')).status).toBe(200);
    await database.db.staffAccount.update({
      where: { id: seeded.staffA.id },
      data: { disabledAt: NOW },
    });
    try {
      expect((await client.get('/')).status).toBe(303);
    } finally {
      await database.db.staffAccount.update({
        where: { id: seeded.staffA.id },
        data: { disabledAt: null },
      });
    }
  });

  it('returns only to a page of this site after signing in', async () => {
    const client = createAppClient(newApp());
    await client.get('/connexion');
    const response = await client.post('/connexion', {
      email: 'anne@cabinet-a.fr',
      password: PASSWORD,
      suite: '//evil.example/',
    });
    expect(response.headers.location).toBe('/');
  });

  it('escapes what freelancers and staff typed', async () => {
    const client = createAppClient(newApp());
    await client.login('bob@cabinet-b.fr', PASSWORD);
    const list = await client.get('/');
    expect(list.text).toContain('Claire Autre &lt;b&gt;');
    expect(list.text).not.toContain('Claire Autre <b>');
  });

  it('signs out: the old cookie is replaced and pages need a login again', async () => {
    const client = createAppClient(newApp());
    await client.login('anne@cabinet-a.fr', PASSWORD);
    await client.get('/');
    expect((await client.post('/deconnexion')).headers.location).toBe('/connexion');
    expect((await client.get('/')).status).toBe(303);
  });
});
