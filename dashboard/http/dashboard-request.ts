import type { SafeHtml } from './html.ts';

/** A request as the dashboard sees it, whatever carried it (node:http, or a test). */
export interface DashboardRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  /** The url-encoded body of a POST; empty otherwise. */
  readonly form: URLSearchParams;
  readonly cookies: ReadonlyMap<string, string>;
  /** The peer address, for the login rate limit. */
  readonly ip: string;
}

export interface DashboardResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  readonly body: string | Uint8Array;
}

export function htmlResponse(page: SafeHtml, status = 200): DashboardResponse {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: page.text,
  };
}

/** 303: after a POST the browser follows with a GET, so a reload never repeats the action. */
export function redirect(location: string): DashboardResponse {
  return { status: 303, headers: { location, 'cache-control': 'no-store' }, body: '' };
}

export function textResponse(status: number, text: string): DashboardResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text };
}

/** Adds headers to a response (cookies are appended, never replaced). */
export function withHeaders(
  response: DashboardResponse,
  headers: Readonly<Record<string, string | readonly string[]>>,
): DashboardResponse {
  const merged: Record<string, string | readonly string[]> = { ...headers, ...response.headers };
  const cookies = [headers['set-cookie'], response.headers['set-cookie']].flat().filter(Boolean);
  if (cookies.length > 0) merged['set-cookie'] = cookies as string[];
  return { ...response, headers: merged };
}

/** A request for tests and the transport: defaults for everything not given. */
export function dashboardRequest(
  input: Partial<DashboardRequest> & { path: string },
): DashboardRequest {
  return {
    method: 'GET',
    query: new URLSearchParams(),
    form: new URLSearchParams(),
    cookies: new Map(),
    ip: '127.0.0.1',
    ...input,
  };
}
