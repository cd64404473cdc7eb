import { createPublicKey, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkJwt } from './jwt-check.ts';
import { getBalances, getDetails, getTransactions } from './routes-accounts.ts';
import {
  authorize,
  deleteSession,
  getApplication,
  getAspsps,
  getSession,
  postAuth,
  postSession,
} from './routes-consent.ts';
import { defaultAccounts, defaultBanks } from './standin-fixtures.ts';
import { apiError, readJson, send, type Reply } from './standin-http.ts';
import { createStandInState, type StandInState } from './standin-state.ts';
import {
  FAITHFUL,
  type StandInAccount,
  type StandInBank,
  type StandInSwitches,
} from './standin-types.ts';

export interface EnableBankingStandIn {
  /** `http://127.0.0.1:<port>`: the client's base URL. */
  readonly url: string;
  readonly state: StandInState;
  /** Moves the stand-in's clock (consent ends, daily limits); null goes back to real time. */
  setNow(now: Date | null): void;
  stop(): Promise<void>;
}

export interface StandInOptions {
  readonly applicationId: string;
  /** The application's public key: the stand-in checks every JWT against it. */
  readonly publicKey: KeyObject | string;
  readonly redirectUrls: string[];
  readonly banks?: StandInBank[];
  readonly accounts?: StandInAccount[];
  readonly switches?: Partial<StandInSwitches>;
}

/**
 * A local Enable Banking API written from its documentation (bank-sync.md §2.2, §2.9), on
 * 127.0.0.1 with a port of the system's choosing. It speaks the real protocol (signed JWT,
 * JSON bodies, error codes) and can be switched into the field failures of §4.
 */
export async function startEnableBankingStandIn(
  options: StandInOptions,
): Promise<EnableBankingStandIn> {
  let fixedNow: Date | null = null;
  const publicKey =
    typeof options.publicKey === 'string' ? createPublicKey(options.publicKey) : options.publicKey;
  const state = createStandInState({
    applicationId: options.applicationId,
    redirectUrls: options.redirectUrls,
    banks: options.banks ?? defaultBanks(),
    accounts: options.accounts ?? defaultAccounts(),
    switches: { ...FAITHFUL, ...options.switches },
    now: () => fixedNow ?? new Date(),
  });

  let baseUrl = '';
  const server = createServer((request, response) => {
    route(state, request, baseUrl)
      .catch(() => apiError(500, 'INTERNAL_ERROR', 'stand-in failure'))
      .then((reply) => {
        const url = new URL(request.url ?? '/', baseUrl);
        state.calls.push({
          method: request.method ?? 'GET',
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          status: reply.status,
        });
        send(response, reply);
      })
      .catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    state,
    setNow(now) {
      fixedNow = now;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  async function route(
    current: StandInState,
    request: IncomingMessage,
    base: string,
  ): Promise<Reply> {
    const url = new URL(request.url ?? '/', base);
    const method = request.method ?? 'GET';
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);

    // The bank's own page is opened by the person's browser: no API token there.
    if (method === 'GET' && parts[0] === 'standin' && parts[1] === 'authorize' && parts[2]) {
      return authorize(current, parts[2]);
    }
    const jwt = checkJwt(request.headers.authorization, {
      applicationId: current.applicationId,
      publicKey,
      now: current.now(),
    });
    if (!jwt.ok) return apiError(401, 'UNAUTHORIZED', `JWT refused: ${jwt.reason}`);

    const [head, id, leaf] = parts;
    switch (
      `${method} ${head ?? ''}${id === undefined ? '' : '/:id'}${leaf === undefined ? '' : `/${leaf}`}`
    ) {
      case 'GET application':
        return getApplication(current);
      case 'GET aspsps':
        return getAspsps(current, url.searchParams.get('country'));
      case 'POST auth':
        return postAuth(current, await readJson(request), base);
      case 'POST sessions':
        return postSession(current, await readJson(request));
      case 'GET sessions/:id':
        return getSession(current, id!);
      case 'DELETE sessions/:id':
        return deleteSession(current, id!);
      case 'GET accounts/:id/details':
        return getDetails(current, id!);
      case 'GET accounts/:id/balances':
        return getBalances(current, id!);
      case 'GET accounts/:id/transactions':
        return getTransactions(current, id!, url.searchParams);
      default:
        return apiError(404, 'NOT_FOUND', `no route ${method} ${url.pathname}`);
    }
  }
}
