import { App, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { Conversation } from '../../core/conversation/conversation.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import type { Logger } from '../../core/logging/logger.ts';
import type { ChatFront } from '../chat-front.ts';
import { boltLogger } from './bolt-logger.ts';
import { registerSlackActions } from './slack-action-listeners.ts';
import { registerSlackCommands } from './slack-command-listeners.ts';
import { SLACK_ENDPOINTS, type SlackEndpoints } from './slack-endpoints.ts';
import { registerSlackEvents } from './slack-event-listeners.ts';
import { SlackHttpReceiver } from './slack-http-receiver.ts';
import { createSlackNotifier } from './slack-notifier.ts';
import { createWorkQueue } from '../work-queue.ts';

export interface SlackFrontDeps {
  readonly botToken: string;
  readonly db: Database;
  readonly conversation: Conversation;
  readonly logger: Logger;
  readonly clock: () => Date;
  /** Socket Mode (local): the app-level token. */
  readonly appToken?: string;
  /** HTTP events (production): the signing secret and where to listen. */
  readonly http?: {
    readonly signingSecret: string;
    readonly host: string;
    readonly port: number;
    readonly nowSeconds?: () => number;
  };
  /** Slack's hosts by default; tests give a local stand-in. */
  readonly endpoints?: SlackEndpoints;
  /** Web API retries (Bolt's default retries for half an hour). */
  readonly retries?: number;
}

export interface SlackFront extends ChatFront {
  /** The Bolt app: `app.processEvent` runs the handlers without any transport. */
  readonly app: App;
  /** The HTTP events address once started, null in Socket Mode. */
  eventsUrl(): string | null;
  /** Resolves when every HTTP request received so far has been handled to the end. */
  idle(): Promise<void>;
}

/** The Slack bot: Socket Mode when an app token is given, else HTTP events with signatures. */
export function createSlackFront(deps: SlackFrontDeps): SlackFront {
  const logger = deps.logger.child({ component: 'slack' });
  const endpoints = deps.endpoints ?? SLACK_ENDPOINTS;
  const bolt = boltLogger(logger);
  const http = !deps.appToken && deps.http ? new SlackHttpReceiver({ ...deps.http, logger }) : null;
  const receiver: Receiver = deps.appToken
    ? new SocketModeReceiver({ appToken: deps.appToken, logger: bolt })
    : (http ?? noTransport());
  const app = new App({
    token: deps.botToken,
    receiver,
    logger: bolt,
    deferInitialization: true,
    clientOptions: {
      slackApiUrl: endpoints.api,
      retryConfig: { retries: deps.retries ?? 3 },
      logger: bolt,
    },
  });
  app.error(async (error) => {
    logger.error('slack handler failed', { code: error.code, error: error.message.slice(0, 200) });
  });
  const listenerDeps = {
    db: deps.db,
    conversation: deps.conversation,
    botToken: deps.botToken,
    endpoints,
    logger,
    clock: deps.clock,
    work: createWorkQueue(),
  };
  registerSlackEvents(app, listenerDeps);
  registerSlackActions(app, listenerDeps);
  registerSlackCommands(app, listenerDeps);

  let url: string | null = null;
  return {
    app,
    notifier: createSlackNotifier(app.client, deps.conversation, logger),
    eventsUrl: () => url,
    idle: async () => http?.idle(),
    async start() {
      await app.init();
      if (http) {
        url = await http.start();
        logger.info('slack http events started', { port: new URL(url).port });
      } else if (deps.appToken) {
        await receiver.start();
        logger.info('slack socket mode started');
      }
    },
    async stop() {
      if (http) await http.stop();
      else if (deps.appToken) await receiver.stop();
      url = null;
    },
  };
}

/** Without a transport the app still runs handlers given to `app.processEvent` (tests, bench). */
function noTransport(): Receiver {
  return { init: () => undefined, start: async () => undefined, stop: async () => undefined };
}
