import type { DashboardApp } from '../dashboard-app.ts';
import { dashboardRequest } from '../http/dashboard-request.ts';

export interface ClientResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  readonly text: string;
}

/**
 * Calls the app's handler directly, like a browser without HTTP: keeps cookies, remembers the
 * last CSRF token a page carried and sends it with forms unless told otherwise.
 */
export function createAppClient(app: DashboardApp, options: { ip?: string } = {}) {
  const jar = new Map<string, string>();
  let csrf: string | null = null;

  async function send(
    method: string,
    path: string,
    form?: Record<string, string>,
  ): Promise<ClientResponse> {
    const url = new URL(path, 'http://dashboard.test');
    const response = await app.handle(
      dashboardRequest({
        method,
        path: url.pathname,
        query: url.searchParams,
        form: new URLSearchParams(form ?? {}),
        cookies: new Map(jar),
        ip: options.ip ?? '127.0.0.1',
      }),
    );
    for (const cookie of [response.headers['set-cookie'] ?? []].flat()) {
      const [pair] = cookie.split(';');
      const separator = pair!.indexOf('=');
      jar.set(pair!.slice(0, separator), pair!.slice(separator + 1));
    }
    const text =
      typeof response.body === 'string'
        ? response.body
        : Buffer.from(response.body).toString('utf8');
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) csrf = token;
    return { status: response.status, headers: response.headers, text };
  }

  return {
    jar,
    get: (path: string) => send('GET', path),
    /** `csrf: null` sends the form without a token; a string sends that one. */
    post: (path: string, form: Record<string, string> = {}, override?: { csrf: string | null }) => {
      const token = override ? override.csrf : csrf;
      return send('POST', path, token === null ? form : { ...form, _csrf: token });
    },
    async login(email: string, password: string): Promise<ClientResponse> {
      await send('GET', '/connexion');
      return this.post('/connexion', { email, password });
    },
    get csrf() {
      return csrf;
    },
  };
}

export type AppClient = ReturnType<typeof createAppClient>;
