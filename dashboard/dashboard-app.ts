import { findActiveStaff } from '../core/staff/staff-accounts.ts';
import { createLoginThrottle } from './auth/login-throttle.ts';
import {
  csrfTokenFor,
  deriveSessionKeys,
  isCsrfTokenValid,
  newNonce,
  signSession,
  verifySession,
  type SessionClaims,
} from './auth/session-token.ts';
import type { DashboardDeps, DashboardServices, RequestContext } from './dashboard-context.ts';
import { serializeCookie } from './http/cookies.ts';
import {
  redirect,
  withHeaders,
  type DashboardRequest,
  type DashboardResponse,
} from './http/dashboard-request.ts';
import { createRouter } from './http/router.ts';
import { errorResponse, problemResponse } from './pages/error-responses.ts';
import { createCachedWorkflowProblems } from './ports/cached-workflow-problems.ts';
import { createCollectionMonths } from './ports/collection-months.ts';
import { DASHBOARD_ROUTES } from './routes.ts';

export interface DashboardApp {
  /** The transport-free entry point: node:http and the tests both call it. */
  handle(request: DashboardRequest): Promise<DashboardResponse>;
}

const STAFF_SESSION_SECONDS = 12 * 3600;
const ANONYMOUS_SESSION_SECONDS = 2 * 3600;
export const MIN_SESSION_SECRET_LENGTH = 32;

// No script at all; styles from our own file only; never framed.
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
};

export function createDashboardApp(deps: DashboardDeps): DashboardApp {
  if (deps.sessionSecret.length < MIN_SESSION_SECRET_LENGTH) {
    throw new Error(
      `the dashboard session secret needs at least ${MIN_SESSION_SECRET_LENGTH} characters`,
    );
  }
  const services: DashboardServices = {
    db: deps.db,
    notifier: deps.notifier,
    logger: deps.logger.child({ component: 'dashboard' }),
    months: deps.months === undefined ? createCollectionMonths({ db: deps.db }) : deps.months,
    workflows: deps.workflows ?? null,
    receipts: deps.receipts ?? null,
    problemsFor: deps.workflowProblems
      ? createCachedWorkflowProblems(deps.workflowProblems, {
          ttlMs: 60_000,
          timeoutMs: 2_000,
          logger: deps.logger,
        })
      : async () => ({ problems: [], status: 'off' }),
    temporalUi: deps.temporalUi ?? null,
    throttle: deps.loginThrottle ?? createLoginThrottle(),
    bankLinks: deps.bankLinks ?? null,
    keys: deriveSessionKeys(deps.sessionSecret),
    now: deps.clock ?? (() => new Date()),
  };
  const cookieName = deps.secureCookies ? '__Host-pointage_session' : 'pointage_session';
  const route = createRouter(DASHBOARD_ROUTES);

  const cookieFor = (claims: SessionClaims, maxAgeSeconds: number) =>
    serializeCookie(cookieName, signSession(services.keys, claims), {
      maxAgeSeconds,
      secure: deps.secureCookies ?? false,
    });
  const openSession = (staffId: string | null): { claims: SessionClaims; cookie: string } => {
    const lifetime = staffId ? STAFF_SESSION_SECONDS : ANONYMOUS_SESSION_SECONDS;
    const claims = {
      nonce: newNonce(),
      staffId,
      expiresAt: Math.floor(services.now().getTime() / 1000) + lifetime,
    };
    return { claims, cookie: cookieFor(claims, lifetime) };
  };

  async function dispatch(
    request: DashboardRequest,
    session: SessionClaims,
  ): Promise<DashboardResponse> {
    const csrfToken = csrfTokenFor(services.keys, session.nonce);
    const lookup = route(request.method, request.path);
    switch (lookup.kind) {
      case 'not_found':
        return problemResponse(404, csrfToken);
      case 'wrong_method':
        return problemResponse(405, csrfToken);
      case 'found':
        break;
    }
    if (
      request.method === 'POST' &&
      !isCsrfTokenValid(services.keys, session.nonce, request.form.get('_csrf'))
    ) {
      services.logger.warn('dashboard form refused: CSRF token missing or wrong', {
        path: request.path,
      });
      return problemResponse(403, csrfToken);
    }
    const context: RequestContext = {
      request,
      params: lookup.match.params,
      session,
      csrfToken,
      services,
      sessionCookie: (staffId) => openSession(staffId).cookie,
    };
    const page = lookup.match.route.handler;
    switch (page.access) {
      case 'public':
        return page.run(context);
      case 'staff': {
        const staff = session.staffId ? await findActiveStaff(services.db, session.staffId) : null;
        if (!staff) {
          // Back to the same page after signing in; a refused form goes to the list instead.
          const query = request.query.toString();
          const back =
            request.method === 'GET' ? `${request.path}${query ? `?${query}` : ''}` : '/';
          return redirect(`/connexion?suite=${encodeURIComponent(back)}`);
        }
        return page.run({ ...context, staff });
      }
    }
  }

  return {
    async handle(request) {
      const presented = request.cookies.get(cookieName);
      const verified = presented ? verifySession(services.keys, presented, services.now()) : null;
      const fresh = verified ? null : openSession(null);
      const session = verified ?? fresh!.claims;
      let response: DashboardResponse;
      try {
        response = await dispatch(request, session);
      } catch (error) {
        response = errorResponse(
          error,
          services.logger,
          request.path,
          csrfTokenFor(services.keys, session.nonce),
        );
      }
      return withHeaders(response, {
        ...SECURITY_HEADERS,
        ...(fresh ? { 'set-cookie': fresh.cookie } : {}),
      });
    },
  };
}
