import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../core/logging/logger.ts';
import type { WorkflowProblem } from '../core/monitoring/workflow-problem.ts';
import { createTestDatabase, type TestDatabase } from '../test/database.ts';
import { createDashboardApp } from './dashboard-app.ts';
import type { ReceiptsPort } from './ports/dashboard-ports.ts';
import { createAppClient, type AppClient } from './test-support/app-client.ts';
import { createRecordingNotifier } from './test-support/recording-notifier.ts';
import { NOW, PASSWORD, seedFirms, type SeededFirms } from './test-support/seed-firms.ts';

let database: TestDatabase;
let seeded: SeededFirms;
let client: AppClient;
const notifier = createRecordingNotifier({ unreachable: ['fl-bruno'] });

const STUCK: WorkflowProblem = {
  workflowId: 'connection-cx-bruno',
  kind: 'connection-lifecycle',
  freelancerId: 'fl-bruno',
  firmId: 'cabinet-a',
  problem: 'STUCK',
  detail: 'syncConnection échoue (essai 5) : timeout',
  since: null,
};

const PDF = new TextEncoder().encode('%PDF-1.4\n% a receipt\n');
const receipts: ReceiptsPort = {
  async receiptsFor({ transactionIds }) {
    return new Map(
      transactionIds
        .filter((id) => id === 'tx-alice-1')
        .map((id) => [id, [{ receiptId: 'rc-1', fileName: 'facture-dupont.pdf' }]]),
    );
  },
  async openReceipt({ freelancerId, receiptId }) {
    return freelancerId === 'fl-alice' && receiptId === 'rc-1'
      ? { bytes: PDF, fileName: 'facture-dupont.pdf', mimeType: 'application/pdf' }
      : null;
  },
};

beforeAll(async () => {
  database = await createTestDatabase();
  seeded = await seedFirms(database.db);
  await database.db.collectionMonth.create({
    data: {
      freelancerId: seeded.ids.alice,
      month: '2026-10',
      firmId: 'cabinet-a',
      state: 'ESCALATED',
      statementsMissing: 1,
      receiptsMissing: 3,
      remindersSent: 2,
      checkedAt: NOW,
    },
  });
  const app = createDashboardApp({
    db: database.db,
    notifier,
    logger: silentLogger,
    sessionSecret: 'test secret of the dashboard, 32 characters at least',
    clock: () => NOW,
    receipts,
    workflowProblems: async ({ firmId }) => (firmId === 'cabinet-a' ? [STUCK] : []),
    temporalUi: { url: 'http://127.0.0.1:8233', namespace: 'default' },
  });
  client = createAppClient(app);
  await client.login('anne@cabinet-a.fr', PASSWORD);
});
afterAll(async () => database?.drop());

const textOf = (markup: string) => markup.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const rowOrder = (page: string) =>
  [...page.matchAll(/<tr data-freelancer="([^"]+)"/g)].map((match) => match[1]);

describe('freelancer list', () => {
  it('shows expired and broken connections first, then by urgency: expiry, stuck workflow, escalation', async () => {
    const page = await client.get('/');
    // The overview's ranking: a stuck workflow (Bruno) after a consent ending in 5 days, an
    // escalated month (Alice) after one ending in 10.
    const { yann, zoe, xavier, bruno, wanda, alice } = seeded.ids;
    expect(rowOrder(page.text)).toEqual([yann, zoe, xavier, bruno, wanda, alice]);
    expect(page.text).toContain('expirée depuis 3 jours');
    expect(page.text).toContain('expire dans 5 jours');
    expect(page.text).toContain('2 à confirmer');
    expect(page.text).toContain('signalé au cabinet');
    expect(page.text).toContain('3 justificatifs manquants');
    expect(page.text).toContain(
      'href="http://127.0.0.1:8233/namespaces/default/workflows/connection-cx-bruno"',
    );
    expect(page.text).toContain('connexion bancaire bloqué');
  });

  it('filters and searches, accents or not', async () => {
    expect(rowOrder((await client.get('/?q=zoe')).text)).toEqual([seeded.ids.zoe]);
    expect(rowOrder((await client.get('/?filtre=a-confirmer')).text)).toEqual([seeded.ids.alice]);
    expect(rowOrder((await client.get('/?filtre=connexions')).text)).toEqual(
      seeded.orderA.slice(0, 4),
    );
    expect(rowOrder((await client.get('/?filtre=workflows')).text)).toEqual([seeded.ids.bruno]);
    expect(rowOrder((await client.get('/?filtre=pieces')).text)).toEqual([seeded.ids.alice]);
    expect(rowOrder((await client.get('/?filtre=inconnu')).text)).toHaveLength(6);
  });
});

describe('freelancer page and actions', () => {
  it('shows accounts, months, transactions with their receipts', async () => {
    const page = await client.get(`/clients/${seeded.ids.alice}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Compte pro');
    expect(page.text).toContain('…0189');
    expect(page.text).not.toContain('FR7630006000011234567890189');
    expect(page.text).toContain('LIBRAIRIE DU CENTRE');
    expect(page.text).toContain('novembre 2026');
    expect(page.text).toContain('href="/clients/fl-alice/justificatifs/rc-1"');
    expect(page.text).toContain("Temporal n'est pas relié");
  });

  it('opens a receipt file, and only the freelancer’s own', async () => {
    const file = await client.get('/clients/fl-alice/justificatifs/rc-1');
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect((await client.get('/clients/fl-zoe/justificatifs/rc-1')).status).toBe(404);
  });

  it('sends a reminder now through the notifier and lists it', async () => {
    await client.get(`/clients/${seeded.ids.yann}`);
    const response = await client.post(`/clients/${seeded.ids.yann}/relance`, {
      note: 'Merci de renouveler',
    });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/clients/fl-yann?info=relance#relances');
    const sent = notifier.sent.at(-1)!;
    expect(sent.to).toEqual({ freelancerId: seeded.ids.yann });
    expect(sent.message.text).toContain('Anne Martin');
    expect(sent.message.text).toContain('elle a expiré');
    expect(sent.message.text).toContain('Merci de renouveler');
    expect(sent.message.buttons?.[0]?.action).toEqual({
      kind: 'renew_connection',
      connectionId: 'cx-yann',
    });
    const page = await client.get(response.headers.location as string);
    expect(page.text).toContain('Relance envoyée.');
    const reminders = /id="relances">([\s\S]*?)<\/section>/.exec(page.text)?.[1] ?? '';
    expect(textOf(reminders)).toContain('Relance du cabinet par Anne Martin · Telegram');
  });

  it('says so when the freelancer has no chat to receive the reminder', async () => {
    const response = await client.post(`/clients/${seeded.ids.bruno}/relance`, {});
    expect(response.headers.location).toBe('/clients/fl-bruno?info=relance-sans-canal#relances');
  });

  it('re-categorises a transaction as staff and tells the freelancer', async () => {
    const form = await client.get(
      `/clients/${seeded.ids.alice}/operations/${seeded.doubtfulTransactionId}`,
    );
    expect(form.text).toContain('Reclasser une opération');
    const response = await client.post(
      `/clients/${seeded.ids.alice}/operations/${seeded.doubtfulTransactionId}/categorie`,
      {
        categorie: 'L27_FOURNITURES_TELECOM',
      },
    );
    expect(response.headers.location).toBe('/clients/fl-alice?info=reclasse#operations');
    const row = await database.db.transaction.findUniqueOrThrow({
      where: { id: seeded.doubtfulTransactionId },
    });
    expect(row).toMatchObject({
      categoryCode: 'L27_FOURNITURES_TELECOM',
      categorySource: 'STAFF',
      toConfirm: false,
    });
    const told = notifier.sent.at(-1)!;
    expect(told.to).toEqual({ freelancerId: seeded.ids.alice });
    expect(told.message.text).toContain('LIBRAIRIE DU CENTRE');
    expect(told.message.text).toContain('Fournitures de bureau');
    expect(told.message.text).toContain('auparavant : Achats');
  });

  it('refuses a category outside the chart', async () => {
    const response = await client.post(
      `/clients/${seeded.ids.alice}/operations/tx-alice-3/categorie`,
      { categorie: 'L99_NOTHING' },
    );
    expect(response.status).toBe(400);
  });

  it('closes a month once', async () => {
    const first = await client.post(`/clients/${seeded.ids.alice}/mois/2026-10/cloture`);
    expect(first.headers.location).toBe('/clients/fl-alice?info=mois-cloture#mois');
    await client.post(`/clients/${seeded.ids.alice}/mois/2026-10/cloture`);
    expect(
      await database.db.staffAction.count({
        where: { kind: 'CLOSE_MONTH', freelancerId: 'fl-alice' },
      }),
    ).toBe(1);
    const page = await client.get(`/clients/${seeded.ids.alice}`);
    expect(page.text).toMatch(/data-month="2026-10">[\s\S]*?Clôturé/);
    expect((await client.post(`/clients/${seeded.ids.alice}/mois/2026-13/cloture`)).status).toBe(
      400,
    );
  });

  it('invites a new freelancer with a code the bots accept', async () => {
    await client.get('/invitations/nouvelle');
    const response = await client.post('/invitations', {
      nom: 'Nina Nouvelle',
      email: 'nina@example.fr',
    });
    expect(response.status).toBe(200);
    const code = /id="invitation-code">([A-Z0-9-]+)</.exec(response.text)?.[1];
    expect(code).toMatch(/^INV-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const invitation = await database.db.chatInvitation.findUniqueOrThrow({
      where: { code: code! },
    });
    const freelancer = await database.db.freelancer.findUniqueOrThrow({
      where: { id: invitation.freelancerId! },
    });
    expect(freelancer).toMatchObject({
      displayName: 'Nina Nouvelle',
      firmId: 'cabinet-a',
      email: 'nina@example.fr',
    });
    expect(invitation.role).toBe('FREELANCER');
  });

  it('gives an existing freelancer a fresh code', async () => {
    await client.get(`/clients/${seeded.ids.wanda}`);
    const response = await client.post(`/clients/${seeded.ids.wanda}/invitation`);
    const code = /id="invitation-code">([A-Z0-9-]+)</.exec(response.text)?.[1];
    const invitation = await database.db.chatInvitation.findUniqueOrThrow({
      where: { code: code! },
    });
    expect(invitation).toMatchObject({
      freelancerId: seeded.ids.wanda,
      firmId: 'cabinet-a',
      usedAt: null,
    });
  });

  it('refuses an invitation form with a bad e-mail', async () => {
    await client.get('/invitations/nouvelle');
    expect((await client.post('/invitations', { nom: 'X', email: 'pas-un-mail' })).status).toBe(
      400,
    );
  });
});
