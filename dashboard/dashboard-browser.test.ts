import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFolderFileStore } from '../core/files/file-store.ts';
import { silentLogger } from '../core/logging/logger.ts';
import { createTestDatabase, type TestDatabase } from '../test/database.ts';
import { PROJECT_ROOT } from '../test/fixtures.ts';
import { createDashboardFront, type DashboardFront } from './create-dashboard-front.ts';
import { createStoredReceipts } from './ports/stored-receipts.ts';
import { seedCollectionAndReceipt } from './test-support/seed-collection.ts';
import { NOW, PASSWORD, seedFirms, type SeededFirms } from './test-support/seed-firms.ts';
import { startTelegramChat, type TelegramChat } from './test-support/telegram-chat.ts';

const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-output', 'screenshots');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

let database: TestDatabase;
let seeded: SeededFirms;
let front: DashboardFront;
let browser: Browser;
let chat: TelegramChat;
const files = createFolderFileStore(mkdtempSync(path.join(tmpdir(), 'pointage-dashboard-files-')));
const ALICE_CHAT = '6581234907';

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  database = await createTestDatabase();
  seeded = await seedFirms(database.db);
  chat = await startTelegramChat(database.db, () => NOW);
  await chat.link(seeded.ids.alice, ALICE_CHAT);
  await seedCollectionAndReceipt(database, files);
  front = createDashboardFront({
    db: database.db,
    notifier: chat.notifier,
    logger: silentLogger,
    sessionSecret: 'browser test secret, thirty-two characters or more',
    clock: () => NOW,
    receipts: createStoredReceipts({ db: database.db, files }),
    host: '127.0.0.1',
    port: 0,
  });
  await front.start();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await front?.stop();
  await chat?.stop();
  await database?.drop();
});

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${front.url}/`);
  await page.waitForURL(/\/connexion/);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`${front.url}/`);
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

describe('the dashboard in a real browser', () => {
  it('signs in, lists the firm in order, opens a freelancer and sends a reminder', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
    });
    const page = await context.newPage();
    await page.goto(`${front.url}/connexion`);
    await shot(page, 'dashboard-login');

    await signIn(page, 'anne@cabinet-a.fr');
    const order = await page
      .locator('tr[data-freelancer]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-freelancer')));
    expect(order).toEqual(seeded.orderA);
    await shot(page, 'dashboard-list');

    await page.getByRole('link', { name: 'Alice Bernard' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Alice Bernard');
    await shot(page, 'dashboard-freelancer');

    const receiptLink = page.getByRole('link', { name: 'facture-dupont.pdf' });
    const receipt = await context.request.get(
      new URL((await receiptLink.getAttribute('href'))!, front.url).href,
    );
    expect(receipt.status()).toBe(200);
    expect(receipt.headers()['content-type']).toBe('application/pdf');
    expect((await receipt.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page
      .getByLabel('Message ajouté à la relance (facultatif)')
      .fill('Pensez aux justificatifs de novembre.');
    await page.getByRole('button', { name: 'Envoyer une relance maintenant' }).click();
    await page.getByText('Relance envoyée.').waitFor();
    const sent = await chat.standin.waitFor(
      (call) => call.method === 'sendMessage' && String(call.params.chat_id) === ALICE_CHAT,
    );
    expect(sent.params.text).toContain('2 opérations attendent votre confirmation');
    expect(sent.params.text).toContain('Pensez aux justificatifs de novembre.');
    await expect.poll(() => page.locator('#relances').textContent()).toContain('Telegram');

    await page
      .locator(`tr[data-transaction="${seeded.doubtfulTransactionId}"]`)
      .getByRole('link', { name: 'Reclasser' })
      .click();
    await page.getByLabel('Nouvelle catégorie').selectOption('L27_FOURNITURES_TELECOM');
    await shot(page, 'dashboard-recategorise');
    await page.getByRole('button', { name: 'Reclasser' }).click();
    await page.getByText('Opération reclassée').waitFor();
    const told = await chat.standin.waitFor(
      (call) =>
        call.method === 'sendMessage' && String(call.params.text).includes('Fournitures de bureau'),
    );
    expect(String(told.params.chat_id)).toBe(ALICE_CHAT);
    await context.close();
  });

  it('fits a phone screen', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await signIn(page, 'anne@cabinet-a.fr');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    );
    await shot(page, 'dashboard-list-phone');
    await page.getByRole('link', { name: 'Yann Petit' }).click();
    await shot(page, 'dashboard-freelancer-phone');
    await context.close();
  });

  it('refuses a staff member of another firm', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'bob@cabinet-b.fr');
    expect(await page.locator('tr[data-freelancer]').count()).toBe(1);
    const response = await page.goto(`${front.url}/clients/${seeded.ids.alice}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Introuvable');
    expect(await page.content()).not.toContain('Alice Bernard');
    await shot(page, 'dashboard-other-firm-refused');
    await context.close();
  });
});
