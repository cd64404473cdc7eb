import { z } from 'zod';
import { normaliseEmail, verifyStaffLogin } from '../../core/staff/staff-accounts.ts';
import { publicPage, type RequestContext } from '../dashboard-context.ts';
import { htmlResponse, redirect, withHeaders } from '../http/dashboard-request.ts';
import { loginView } from '../views/login-view.ts';
import type { Notice } from '../views/layout.ts';

// Only a path of this site: never `//other.example` or a full URL (no open redirect).
const nextPath = z
  .string()
  .regex(/^\/(?![/\\])[^\s\\]*$/)
  .max(300)
  .catch('/');

const loginQuery = z.object({ suite: nextPath.optional().transform((value) => value ?? '/') });

const loginForm = z.object({
  email: z.string().trim().max(200).catch(''),
  password: z.string().max(200).catch(''),
  suite: nextPath.optional().transform((value) => value ?? '/'),
});

function showLogin(
  context: RequestContext,
  input: { email: string; next: string; notice: Notice | null },
  status = 200,
) {
  return htmlResponse(loginView({ csrfToken: context.csrfToken, ...input }), status);
}

export const loginPage = publicPage(async (context) => {
  const { suite } = loginQuery.parse(Object.fromEntries(context.request.query));
  if (context.session.staffId) return redirect(suite);
  return showLogin(context, { email: '', next: suite, notice: null });
});

/** Signs in: rate-limited per address and per account, then a new session (new nonce). */
export const loginAction = publicPage(async (context) => {
  const { services, request } = context;
  const form = loginForm.parse(Object.fromEntries(request.form));
  const account = normaliseEmail(form.email);
  const now = services.now();

  const decision = services.throttle.attempt(request.ip, account, now);
  if (!decision.allowed) {
    services.logger.warn('dashboard login throttled', { ip: request.ip });
    const minutes = Math.ceil(decision.retryAfterSeconds / 60);
    const notice = {
      tone: 'danger',
      text: `Trop de tentatives. Réessayez dans ${minutes} min.`,
    } as const;
    return withHeaders(showLogin(context, { email: form.email, next: form.suite, notice }, 429), {
      'retry-after': String(decision.retryAfterSeconds),
    });
  }

  const staff = form.password
    ? await verifyStaffLogin(services.db, { email: account, password: form.password, now })
    : null;
  if (!staff) {
    services.throttle.recordFailure(account, now);
    const notice = { tone: 'danger', text: 'E-mail ou mot de passe incorrect.' } as const;
    return showLogin(context, { email: form.email, next: form.suite, notice }, 401);
  }
  services.throttle.recordSuccess(account);
  services.logger.info('staff signed in', { staffId: staff.id, firmId: staff.firmId });
  return withHeaders(redirect(form.suite), { 'set-cookie': context.sessionCookie(staff.id) });
});

export const logoutAction = publicPage(async (context) =>
  withHeaders(redirect('/connexion'), { 'set-cookie': context.sessionCookie(null) }),
);
