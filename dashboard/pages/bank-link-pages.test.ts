import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/logging/logger.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createDashboardApp } from '../dashboard-app.ts';
import type { BankLinksPort } from '../ports/dashboard-ports.ts';
import { createAppClient } from '../test-support/app-client.ts';
import { createRecordingNotifier } from '../test-support/recording-notifier.ts';

let database: TestDatabase;
const calls: string[] = [];

// The port's two calls run the connection workflow in production (workflows/client); here they
// record what the pages asked and answer like it would, or fail like an unknown connection.
const bankLinks: BankLinksPort = {
  async renew(connectionId) {
    calls.push(`renew:${connectionId}`);
    if (connectionId !== 'cn-1') throw new Error('no such connection');
    return { url: 'https://bank.test/authorize?session=42' };
  },
  async complete(redirect) {
    calls.push(`complete:${redirect.code}:${redirect.state}`);
    if (redirect.state !== 'st-1') throw new Error('unknown state');
    return {
      validUntil: '2027-06-01T10:00:00.000Z',
      accounts: [
        { name: 'Compte pro', ibanTail: '6738', active: true },
        { name: 'Livret <perso>', ibanTail: null, active: false },
      ],
    };
  },
};

function client(links: BankLinksPort | null) {
  return createAppClient(
    createDashboardApp({
      db: database.db,
      notifier: createRecordingNotifier(),
      logger: silentLogger,
      sessionSecret: 'a-session-secret-of-at-least-thirty-two-chars',
      bankLinks: links,
    }),
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

describe('bank link pages', () => {
  it('sends the renew link of a reminder to the bank for that connection', async () => {
    const response = await client(bankLinks).get('/connexions/cn-1/renouveler');
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('https://bank.test/authorize?session=42');
    expect(calls).toContain('renew:cn-1');
  });

  it('says plainly that a renew link no longer leads anywhere', async () => {
    const response = await client(bankLinks).get('/connexions/gone/renouveler');
    expect(response.status).toBe(404);
    expect(response.text).toContain('ne mène plus à une connexion');
  });

  it('completes the link on the bank redirect and lists the accounts, escaped', async () => {
    const response = await client(bankLinks).get('/banque/retour?code=c-9&state=st-1');
    expect(response.status).toBe(200);
    expect(calls).toContain('complete:c-9:st-1');
    expect(response.text).toMatch(/Accès valable jusqu'au\s+01\/06\/2027/);
    expect(response.text).toContain('Compte pro');
    expect(response.text).toContain('(…6738)');
    expect(response.text).toContain('Livret &lt;perso&gt;');
    expect(response.text).not.toContain('<perso>');
  });

  it('refuses a redirect without code or with an unknown state, storing nothing', async () => {
    const missing = await client(bankLinks).get('/banque/retour?state=st-1');
    expect(missing.status).toBe(400);
    const unknown = await client(bankLinks).get('/banque/retour?code=c-1&state=forged');
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain("n'a pas pu être enregistrée");
  });

  it('answers that bank links are off when the server has no bank settings', async () => {
    const response = await client(null).get('/connexions/cn-1/renouveler');
    expect(response.status).toBe(404);
    expect(response.text).toContain('Renouvellement indisponible');
  });
});
