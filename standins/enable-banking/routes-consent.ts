import { z } from 'zod';
import { apiError, json, type Reply } from './standin-http.ts';
import type { StandInState } from './standin-state.ts';
import type { StandInSession } from './standin-types.ts';

const authBody = z.object({
  access: z.object({ valid_until: z.string().datetime({ offset: true }) }),
  aspsp: z.object({ name: z.string(), country: z.string() }),
  state: z.string().min(1),
  redirect_url: z.string().url(),
  psu_type: z.enum(['personal', 'business']).default('personal'),
});

export function getApplication(state: StandInState): Reply {
  return json(200, {
    name: 'Pointage stand-in',
    kid: state.applicationId,
    environment: 'SANDBOX',
    redirect_urls: state.redirectUrls,
    active: true,
    countries: ['FR', 'FI'],
    services: ['AIS'],
  });
}

export function getAspsps(state: StandInState, country: string | null): Reply {
  const banks = state.banks.filter((bank) => !country || bank.country === country);
  return json(200, {
    aspsps: banks.map((bank) => ({
      name: bank.name,
      country: bank.country,
      logo: `https://stand-in.invalid/logos/${encodeURIComponent(bank.name)}.png`,
      psu_types: bank.psuTypes,
      auth_methods: [],
      maximum_consent_validity: bank.maximumConsentSeconds,
      beta: false,
    })),
  });
}

/** `POST /auth`: refuses a consent end at or beyond the bank's maximum, as banks do (B09). */
export function postAuth(state: StandInState, body: unknown, baseUrl: string): Reply {
  const parsed = authBody.safeParse(body);
  if (!parsed.success)
    return apiError(422, 'WRONG_REQUEST_PARAMETERS', parsed.error.issues[0]?.message ?? '');
  const request = parsed.data;
  const bank = state.banks.find(
    (b) => b.name === request.aspsp.name && b.country === request.aspsp.country,
  );
  if (!bank)
    return apiError(
      404,
      'ASPSP_NOT_FOUND',
      `no ASPSP ${request.aspsp.name} (${request.aspsp.country})`,
    );
  if (!state.redirectUrls.includes(request.redirect_url)) {
    return apiError(
      400,
      'REDIRECT_URI_NOT_ALLOWED',
      'redirect_url is not registered for the application',
    );
  }
  const limit = state.now().getTime() + bank.maximumConsentSeconds * 1000;
  if (Date.parse(request.access.valid_until) >= limit) {
    return apiError(
      422,
      'WRONG_REQUEST_PARAMETERS',
      `ASPSP does not support consent validity more than ${bank.maximumConsentSeconds} seconds in the future`,
    );
  }
  const id = state.nextId('auth');
  state.authorisations.set(id, {
    id,
    code: state.nextId('code'),
    state: request.state,
    redirectUrl: request.redirect_url,
    validUntil: new Date(request.access.valid_until).toISOString(),
    bank,
    psuType: request.psu_type,
    used: false,
  });
  return json(200, {
    url: `${baseUrl}/standin/authorize/${id}`,
    authorization_id: id,
    psu_id_hash: 'standin-psu',
  });
}

/** The bank's page: the person authenticates and is sent back with `code` and `state`. */
export function authorize(state: StandInState, authorisationId: string): Reply {
  const authorisation = state.authorisations.get(authorisationId);
  if (!authorisation) return apiError(404, 'NOT_FOUND', 'unknown authorisation');
  const location = new URL(authorisation.redirectUrl);
  location.searchParams.set('code', authorisation.code);
  location.searchParams.set('state', authorisation.state);
  return { status: 302, headers: { location: location.toString() } };
}

export function postSession(state: StandInState, body: unknown): Reply {
  const code = z.object({ code: z.string() }).safeParse(body);
  const authorisation = code.success
    ? [...state.authorisations.values()].find((candidate) => candidate.code === code.data.code)
    : undefined;
  if (!authorisation)
    return apiError(400, 'WRONG_AUTHORIZATION_CODE', 'authorization code is not valid');
  if (authorisation.used)
    return apiError(400, 'EXPIRED_AUTHORIZATION_CODE', 'authorization code was used');
  authorisation.used = true;

  // Every session hands out new account uids (bank-sync.md §1: reconnects give new ids).
  const accounts = new Map(state.accounts.map((_, index) => [state.nextId('acc'), index]));
  const session: StandInSession = {
    id: state.nextId('session'),
    validUntil: authorisation.validUntil,
    bank: authorisation.bank,
    psuType: authorisation.psuType,
    accounts,
    createdAt: state.now().toISOString(),
    closed: false,
  };
  state.sessions.set(session.id, session);
  return json(200, {
    session_id: session.id,
    accounts: [...accounts].map(([uid, index]) => renderAccount(state, uid, index)),
    aspsp: { name: session.bank.name, country: session.bank.country },
    psu_type: session.psuType,
    access: { valid_until: session.validUntil },
  });
}

export function getSession(state: StandInState, sessionId: string): Reply {
  const session = state.sessions.get(sessionId);
  if (!session) return apiError(404, 'NOT_FOUND', 'unknown session');
  return json(200, {
    status: sessionStatus(state, session),
    accounts: [...session.accounts.keys()],
    aspsp: { name: session.bank.name, country: session.bank.country },
    psu_type: session.psuType,
    access: { valid_until: session.validUntil },
    created: session.createdAt,
  });
}

export function deleteSession(state: StandInState, sessionId: string): Reply {
  const session = state.sessions.get(sessionId);
  if (!session) return apiError(404, 'NOT_FOUND', 'unknown session');
  session.closed = true;
  return json(200, { message: 'OK' });
}

export function sessionStatus(state: StandInState, session: StandInSession): string {
  if (session.closed) return 'CLOSED';
  if (state.switches.revoked) return 'REVOKED';
  if (state.now().getTime() >= Date.parse(session.validUntil)) return 'EXPIRED';
  return 'AUTHORIZED';
}

export function renderAccount(
  state: StandInState,
  uid: string,
  index: number,
): Record<string, unknown> {
  const account = state.accounts[index]!;
  return {
    uid,
    account_id: account.iban ? { iban: account.iban } : null,
    name: account.name,
    details: null,
    usage: account.usage,
    cash_account_type: account.cashAccountType,
    product: account.name,
    currency: account.currency,
    identification_hash: `hash-${index}`,
  };
}
