import { afterEach, describe, test } from 'vitest';
import type { ChatDriver } from './testing/chat-driver.ts';
import { createChatWorld, type ChatWorld } from './testing/chat-world.ts';
import { DIALOGUES } from './testing/dialogues.ts';
import { startSlackDriver } from './testing/slack-driver.ts';
import { startTelegramDriver } from './testing/telegram-driver.ts';

// The same dialogues against both renderers, each in a fresh database.
const BOTS = [
  { name: 'Slack (signed HTTP events, Web API stand-in)', start: startSlackDriver },
  {
    name: 'Telegram (long polling, Bot API stand-in)',
    start: (world: ChatWorld) => startTelegramDriver(world),
  },
] as const;

describe.each(BOTS)('$name', ({ start }) => {
  let world: ChatWorld | null = null;
  let driver: ChatDriver | null = null;
  afterEach(async () => {
    await driver?.stop();
    await world?.drop();
    driver = null;
    world = null;
  });

  test.each(DIALOGUES)('$name', async (dialogue) => {
    world = await createChatWorld();
    driver = await start(world);
    await dialogue.run(driver, world);
  });
});
