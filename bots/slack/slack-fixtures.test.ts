import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { readFixture } from '../../test/fixtures.ts';
import { texts } from '../testing/chat-driver.ts';
import { createChatWorld, INVITATION, MAELLE, type ChatWorld } from '../testing/chat-world.ts';
import { SLACK_BOT_TOKEN, startSlackDriver, type SlackDriver } from '../testing/slack-driver.ts';
import { SLACK_ENDPOINTS } from './slack-endpoints.ts';
import { SlackDownloadError, slackIncomingFile } from './slack-files.ts';

const json = (name: string) =>
  JSON.parse(Buffer.from(readFixture(`chat/slack/${name}`)).toString('utf8')) as Record<
    string,
    unknown
  >;
const raw = (name: string) => Buffer.from(readFixture(`chat/slack/${name}`)).toString('utf8');
const signedRequests = z
  .object({
    requests: z.array(
      z.object({
        name: z.string(),
        body_file: z.string(),
        received_at: z.number(),
        headers: z.record(z.string()),
        expect: z.string(),
      }),
    ),
  })
  .parse(json('signed_requests.json')).requests;

let world: ChatWorld;
let driver: SlackDriver;

beforeEach(async () => {
  world = await createChatWorld();
  driver = await startSlackDriver(world);
  await driver.say(`start ${INVITATION}`);
  // The recorded payloads name the questions q_8LM3, q_7KQ2 and q_9XR1: ask them in that order.
  world.questionIds.push('q_8LM3', 'q_7KQ2', 'q_9XR1');
  await driver.say('categories');
});
afterEach(async () => {
  await driver.stop();
  await world.drop();
});

/** Posts a recorded body byte for byte with its recorded headers, received at the recorded time. */
async function replay(request: (typeof signedRequests)[number]) {
  world.clock.now = new Date(request.received_at * 1000);
  const mark = driver.standin.calls.length;
  const response = await fetch(driver.front.eventsUrl()!, {
    method: 'POST',
    headers: request.headers,
    body: raw(request.body_file),
  });
  const answer = await response.text();
  await driver.front.idle();
  return { status: response.status, answer, calls: driver.standin.calls.slice(mark) };
}

describe('signed requests as Slack sends them', () => {
  test('the two genuine requests are served; forged, altered and replayed ones get 401 and change nothing', async () => {
    const statuses: number[] = [];
    for (const request of signedRequests) {
      const before = await world.transaction('V4821261022035');
      const result = await replay(request);
      statuses.push(result.status);
      if (request.expect !== 'accept') {
        expect(result.calls).toEqual([]);
        expect(await world.transaction('V4821261022035')).toEqual(before);
      }
    }
    expect(statuses).toEqual(
      signedRequests.map((request) => (request.expect === 'accept' ? 200 : 401)),
    );
  });

  test('the slash command is answered at once, its list follows through response_url', async () => {
    const result = await replay(
      signedRequests.find((request) => request.body_file === 'slash_command.body.txt')!,
    );
    expect(JSON.parse(result.answer)).toEqual({
      response_type: 'ephemeral',
      text: 'Je regarde les justificatifs d’octobre 2026…',
    });
    const listed = result.calls.find((call) => call.kind === 'response_url')!;
    expect(listed.method).toBe('/commands/T08QK3LZ7PV/8012641791203/Lp5sV2nQ8xW3kD7rT0yH4mZb');
    expect(JSON.stringify(listed.body)).toMatch(
      /sans justificatif en octobre 2026.*ATELIER TRABOULE/,
    );
  });

  test('the button records Fournitures once and replaces the question through response_url', async () => {
    const request = signedRequests.find((entry) => entry.name === 'block_actions button, valid')!;
    const result = await replay(request);
    expect(result.status).toBe(200);
    expect(await world.transaction('V4821261022035')).toEqual({
      categoryCode: 'L27_FOURNITURES_TELECOM',
      toConfirm: false,
    });
    const replaced = result.calls.find((call) => call.kind === 'response_url')!;
    expect(replaced.method).toBe('/actions/T08QK3LZ7PV/8012641790337/Xz4qL0vR8mT2nB6kW1sY9pHc');
    expect(replaced.body.replace_original).toBe(true);

    world.clock.now = new Date((request.received_at + 5) * 1000);
    const again = await driver.post(raw(request.body_file), 'application/x-www-form-urlencoded');
    expect(texts(again.seen)).toMatch(/\[notice\] C’est déjà enregistré/);
    expect(
      await world.db.learnedCategory.findFirstOrThrow({ where: { freelancerId: MAELLE } }),
    ).toMatchObject({ confirmations: 1 });
  });

  test('the URL handshake is answered with its challenge', async () => {
    const result = await driver.post(raw('url_verification.json'), 'application/json');
    expect(JSON.parse(result.answer)).toEqual({
      challenge: 'Wq3vN8xZt1LrK5pH0mYc7sJd2FgB9aTeU4oQ6iXnCkRz',
    });
  });
});

describe('recorded payloads', () => {
  const form = (payload: Record<string, unknown>) =>
    `payload=${encodeURIComponent(JSON.stringify(payload))}`;

  test('the pick-list takes the transaction from block_id and the category from the option', async () => {
    await driver.post(
      form(json('block_actions_static_select.json')),
      'application/x-www-form-urlencoded',
    );
    expect(await world.transaction('V4821261016032')).toEqual({
      categoryCode: 'L26_RECEPTION',
      toConfirm: false,
    });
  });

  test('the split form: 147,20 of 156,00 is accepted with an empty answer; bad amounts get field errors', async () => {
    const submission = json('view_submission.json');
    const withAmount = (amount: string) => {
      const copy = structuredClone(submission) as {
        view: { state: { values: { amount_pro: { amount_pro_input: { value: string } } } } };
      };
      copy.view.state.values.amount_pro.amount_pro_input.value = amount;
      return form(copy);
    };
    for (const bad of ['cent', '200,00', '-5']) {
      const refused = await driver.post(withAmount(bad), 'application/x-www-form-urlencoded');
      expect(JSON.parse(refused.answer)).toMatchObject({
        response_action: 'errors',
        errors: { amount_pro: expect.stringMatching(/Montant invalide/) },
      });
    }
    const accepted = await driver.post(form(submission), 'application/x-www-form-urlencoded');
    expect(accepted.answer).toBe('');
    const split = await world.db.transactionSplit.findUniqueOrThrow({
      where: { transactionId: world.fitid.get('V4821261105041')! },
    });
    expect([split.proCents, split.personalCents, split.proCategory]).toEqual([
      -14720n,
      -880n,
      'L24_DEPLACEMENTS',
    ]);
    expect(split.note).toBe('Minibar (8,80 €) à titre personnel');
  });

  test('one upload: the message event handles both files with the bot token; file_shared and retries add nothing', async () => {
    driver.standin.addFile({
      id: 'F08T2N4KX7Q',
      name: 'atelier-traboule-facture-ATC-2026-10-0417.pdf',
      mimetype: 'application/pdf',
      bytes: readFixture('receipts/atelier-traboule-facture-ATC-2026-10-0417.pdf'),
    });
    driver.standin.addFile({
      id: 'F08T2N5BR1H',
      name: 'recu-taxi-g-flex.jpg',
      mimetype: 'image/jpeg',
      bytes: readFixture('chat/files/recu-taxi-g-flex.jpg'),
    });
    const body = raw('event_message_file_share.json');

    const first = await driver.post(body, 'application/json');
    expect(first.seen).toHaveLength(1);
    expect(texts(first.seen)).toMatch(
      /justifie l’opération 01\/10\/2026 · PRLV SEPA ATELIER TRABOULE[\s\S]*n’arrive pas à lire « recu-taxi-g-flex.jpg »/,
    );
    const downloads = driver.standin.calls.filter((call) => call.kind === 'file');
    expect(downloads.map((call) => call.authorized)).toEqual([true, true]);

    expect((await driver.post(raw('event_file_shared.json'), 'application/json')).seen).toEqual([]);
    expect(
      (
        await driver.post(body, 'application/json', {
          'x-slack-retry-num': '1',
          'x-slack-retry-reason': 'http_timeout',
        })
      ).seen,
    ).toEqual([]);
    expect(await world.db.receipt.count()).toBe(2);
    expect(driver.standin.calls.filter((call) => call.kind === 'file')).toHaveLength(2);

    const answered = await driver.answer('18,40');
    expect(texts(answered)).toMatch(/rattaché à 06\/11\/2026 · TAXI PARISIEN G-FLEX.*−18,40 €/);
  });

  test('a mention in #compta is answered to her alone, the mention stripped, with October’s gaps', async () => {
    const seen = await driver.post(raw('event_app_mention.json'), 'application/json');
    const ephemeral = driver.standin.calls.find((call) => call.method === 'chat.postEphemeral')!;
    expect(ephemeral.body).toMatchObject({ channel: 'C08QK3M9U1F', user: 'U08QK41HZ6M' });
    expect(texts(seen.seen)).toMatch(/sans justificatif en octobre 2026/);
  });
});

describe('transport-free entry point', () => {
  test('Bolt handlers run from app.processEvent, without HTTP', async () => {
    const acks: unknown[] = [];
    await driver.front.app.processEvent({
      body: json('block_actions_button.json'),
      ack: async (answer?: unknown) => void acks.push(answer),
    });
    expect(acks).toEqual([undefined]);
    expect((await world.transaction('V4821261022035')).categoryCode).toBe(
      'L27_FOURNITURES_TELECOM',
    );
  });

  test('without the bot token, url_private is a sign-in page: the download fails, nothing is stored', async () => {
    driver.standin.addFile({
      id: 'F0NOAUTH',
      name: 'facture.pdf',
      mimetype: 'application/pdf',
      bytes: readFixture('receipts/atelier-traboule-facture-ATC-2026-10-0417.pdf'),
    });
    const file = slackIncomingFile(
      {
        id: 'F0NOAUTH',
        url_private: `https://files.slack.com/files-pri/T08QK3LZ7PV-F0NOAUTH/facture.pdf`,
      },
      `${SLACK_BOT_TOKEN}-wrong`,
      driver.standin.endpoints,
    );
    await expect(file.fetch()).rejects.toBeInstanceOf(SlackDownloadError);
    const foreign = slackIncomingFile(
      { id: 'F1', url_private: 'https://evil.example/files-pri/F1/x.pdf' },
      SLACK_BOT_TOKEN,
      SLACK_ENDPOINTS,
    );
    await expect(foreign.fetch()).rejects.toThrow(/no Slack file address/);
  });
});
