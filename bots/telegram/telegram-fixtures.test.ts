import { afterEach, describe, expect, test } from 'vitest';
import { readFixture } from '../../test/fixtures.ts';
import { texts } from '../testing/chat-driver.ts';
import { createChatWorld, INVITATION, MAELLE, type ChatWorld } from '../testing/chat-world.ts';
import {
  GROUP,
  MAELLE_TG,
  startTelegramDriver,
  WEBHOOK_SECRET,
  type TelegramDriver,
} from '../testing/telegram-driver.ts';
import { largestPhoto } from './telegram-files.ts';
import { telegramTurn } from './telegram-turn.ts';

type Update = { update_id: number } & Record<string, unknown>;
const fixture = (name: string) =>
  JSON.parse(Buffer.from(readFixture(`chat/telegram/${name}`)).toString('utf8')) as Update;
const batch = (
  JSON.parse(Buffer.from(readFixture('chat/telegram/getUpdates.json')).toString('utf8')) as {
    result: Update[];
  }
).result;

let world: ChatWorld | null = null;
let driver: TelegramDriver | null = null;
afterEach(async () => {
  await driver?.stop();
  await world?.drop();
  driver = null;
  world = null;
});

async function open(options: { webhook?: boolean; toConfirm?: string[] } = {}) {
  world = await createChatWorld(options.toConfirm ? { toConfirm: options.toConfirm } : {});
  driver = await startTelegramDriver(world, { webhook: options.webhook ?? false });
  return { world, driver };
}

/** The bot asked its categorisation questions earlier in that chat (seeded without transport). */
async function askedEarlier(world: ChatWorld, chat: { id: number; type: string }) {
  await world.conversation.onText(telegramTurn({ from: MAELLE_TG, chat }), 'categories');
}

function registerBatchFiles(driver: TelegramDriver) {
  const pdf = readFixture('receipts/louis-perrachon-facture-112-net-a-payer.pdf');
  driver.standin.addFile({
    fileId: 'BQACAgQAAxkBAAIBnGd0ZNlqi8NLyfMdTauLRYeaAAL2GwACnOJoU6gdLFdpPct5NgQ',
    uniqueId: 'AgAD9hsAApziaFM',
    bytes: pdf,
    size: pdf.byteLength,
  });
  const photo = (
    batch[2]!.message as {
      photo: Array<{ file_id: string; file_unique_id: string; file_size: number }>;
    }
  ).photo;
  for (const size of photo) {
    driver.standin.addFile({
      fileId: size.file_id,
      uniqueId: size.file_unique_id,
      bytes: readFixture('chat/files/recu-taxi-g-flex.jpg'),
      size: size.file_size,
    });
  }
}

describe('the recorded getUpdates batch, by long polling', () => {
  test('handled in order and once: link, PDF matched, largest photo, button, group, correction', async () => {
    const { world, driver } = await open({ toConfirm: ['V4821261022035'] });
    registerBatchFiles(driver);

    driver.standin.queueUpdates(batch.slice(0, 3));
    await driver.standin.waitForOffset(718204335);
    const identity = await world.db.chatIdentity.findFirstOrThrow({
      where: { externalId: '6581234907' },
    });
    expect([identity.freelancerId, identity.directChatId]).toEqual([MAELLE, '6581234907']);
    const sent = driver.standin.calls
      .filter((call) => call.method === 'sendMessage')
      .map((call) => String(call.params.text));
    expect(sent[1]).toMatch(
      /justifie l’opération 26\/10\/2026 · VIR SEPA EMIS LOUIS PERRACHON.*−800,00/,
    );
    expect(sent[2]).toMatch(/D’après votre message \(18,40.€\)[\s\S]*TAXI PARISIEN G-FLEX/);
    const fetched = driver.standin.calls
      .filter((call) => call.method === 'getFile')
      .map((call) => call.params.file_id);
    expect(fetched).toEqual([
      'BQACAgQAAxkBAAIBnGd0ZNlqi8NLyfMdTauLRYeaAAL2GwACnOJoU6gdLFdpPct5NgQ',
      'AgACAgQAAxkBAAIBnmd0ZQ3yXkq8t0Lr2vPzWn5cHmUAAlHHMRuc4mhTb2sK0p1qYvUBAAMCAAN5AAM2BA',
    ]);

    await askedEarlier(world, { id: 6581234907, type: 'private' });
    const mark = driver.standin.calls.length;
    driver.standin.queueUpdates(batch.slice(3));
    await driver.standin.waitForOffset(718204339);
    const later = driver.standin.calls.slice(mark);

    expect(later.map((call) => call.method)).toEqual([
      'answerCallbackQuery',
      'editMessageText',
      'sendMessage',
    ]);
    expect(later[0]!.params.callback_query_id).toBe('2826318204774091817');
    expect(later[1]!.params).toMatchObject({ chat_id: '6581234907', message_id: 415 });
    expect(await world.transaction('V4821261022035')).toEqual({
      categoryCode: 'L27_FOURNITURES_TELECOM',
      toConfirm: false,
    });
    expect(await world.db.chatGroup.findFirstOrThrow()).toMatchObject({
      chatId: String(GROUP.id),
      active: true,
    });
    expect(String(later[2]!.params.text)).toMatch(/rattaché à 06\/11\/2026 · TAXI PARISIEN G-FLEX/);
    expect(
      await world.db.receiptMatch.count({
        where: { transactionId: world.fitid.get('V4821261106043')!, undoneAt: null },
      }),
    ).toBe(1);
  });
});

describe('webhook with a secret token', () => {
  test('refuses requests without the secret; registers the webhook with it; handles an update once', async () => {
    const { driver } = await open({ webhook: true });
    const setWebhook = driver.standin.calls.find((call) => call.method === 'setWebhook')!;
    expect(setWebhook.params).toMatchObject({
      url: 'https://pointage.invalid/telegram/webhook',
      secret_token: WEBHOOK_SECRET,
    });

    const start = { update_id: 718204331, message: batch[0]!.message as object };
    const attempts: Array<Record<string, string>> = [
      {},
      { 'x-telegram-bot-api-secret-token': 'guess' },
    ];
    for (const headers of attempts) {
      const refused = await fetch(driver.front.webhookUrl()!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(start),
      });
      expect(refused.status).toBe(401);
    }
    expect(texts(await driver.deliver(start))).toMatch(/Bonjour Maëlle/);
    expect(await driver.deliver(start)).toEqual([]);
  });

  test('a 23 MiB document is refused from its announced size, without getFile', async () => {
    const { driver } = await open({ webhook: true });
    await driver.say(`/start ${INVITATION}`);
    const seen = await driver.deliver(fixture('message_document_too_big.json'));
    expect(texts(seen)).toMatch(/dépasse 20 Mo[\s\S]*un relevé par mois, ou compressez/);
    expect(driver.standin.calls.some((call) => call.method === 'getFile')).toBe(false);
  });
});

describe('clicks and replies that must change nothing', () => {
  test('a button under an inaccessible message: answered, never edited, expired when no longer open', async () => {
    const { driver } = await open();
    await driver.say(`/start ${INVITATION}`);
    const seen = await driver.deliver(fixture('callback_query_inaccessible_message.json'));
    expect(texts(seen)).toMatch(/\[notice\] Cette question n’est plus ouverte/);
    expect(driver.standin.calls.some((call) => call.method === 'editMessageText')).toBe(false);
  });

  test('a button under an inaccessible message still open: applied, and the answer posted anew', async () => {
    const { world, driver } = await open();
    await driver.say(`/start ${INVITATION}`);
    await world.db.transaction.update({
      where: { id: world.fitid.get('V4821260918015')! },
      data: { toConfirm: true, categoryCode: 'L24_DEPLACEMENTS', confidence: 70 },
    });
    await askedEarlier(world, { id: 6581234907, type: 'private' });
    const seen = await driver.deliver(fixture('callback_query_inaccessible_message.json'));
    expect(texts(seen)).toMatch(
      /\[message\] ✅ 18\/09\/2026 · BRASSERIE LE GRAND SOUFFLEUR[\s\S]*Frais de réception/,
    );
    expect(driver.standin.calls.some((call) => call.method === 'editMessageText')).toBe(false);
  });

  test('Bastien’s click on Maëlle’s group question is refused with an alert', async () => {
    const { world, driver } = await open();
    await driver.say(`/start ${INVITATION}`);
    await askedEarlier(world, GROUP);
    const seen = await driver.deliver(fixture('callback_query_from_other_user.json'));
    expect(seen).toEqual([
      {
        kind: 'alert',
        text: 'Seule la personne à qui la question a été posée peut y répondre.',
        buttons: [],
      },
    ]);
    expect(await world.transaction('V4821261105041')).toEqual({
      categoryCode: 'L24_DEPLACEMENTS',
      toConfirm: true,
    });
  });

  test('Bastien’s reply in the group is not her answer and shows no amount', async () => {
    const { world, driver } = await open();
    await driver.say(`/start ${INVITATION}`);
    await askedEarlier(world, GROUP);
    const seen = await driver.deliver(fixture('message_from_other_user.json'));
    expect(texts(seen)).toMatch(/Seule la personne titulaire du compte/);
    expect(texts(seen)).not.toMatch(/€|156/);
    expect(await world.transaction('V4821261105041')).toEqual({
      categoryCode: 'L24_DEPLACEMENTS',
      toConfirm: true,
    });
  });
});

test('the largest photo is chosen by area, not by position', () => {
  const photo = (
    fixture('message_photo_unsorted.json').message as { photo: Parameters<typeof largestPhoto>[0] }
  ).photo;
  expect(largestPhoto(photo)).toBe(photo[2]);
});
