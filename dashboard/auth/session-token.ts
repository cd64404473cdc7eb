import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * What the session cookie says: a random nonce (which the CSRF token is derived from), the staff
 * member once signed in, and when it ends. Signed with HMAC-SHA256; nothing secret is inside.
 */
export interface SessionClaims {
  readonly nonce: string;
  readonly staffId: string | null;
  /** Seconds since the epoch. */
  readonly expiresAt: number;
}

const claimsSchema = z.object({
  n: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
  s: z.string().min(1).max(100).nullable(),
  e: z.number().int().positive(),
});

/** Separate keys for sessions and CSRF tokens, both derived from the one configured secret. */
export interface SessionKeys {
  readonly session: Buffer;
  readonly csrf: Buffer;
}

export function deriveSessionKeys(secret: string): SessionKeys {
  const derive = (purpose: string) => createHmac('sha256', secret).update(purpose).digest();
  return { session: derive('pointage dashboard session'), csrf: derive('pointage dashboard csrf') };
}

export function newNonce(): string {
  return randomBytes(18).toString('base64url');
}

export function signSession(keys: SessionKeys, claims: SessionClaims): string {
  const payload = Buffer.from(
    JSON.stringify({ n: claims.nonce, s: claims.staffId, e: claims.expiresAt }),
  ).toString('base64url');
  return `${payload}.${mac(keys.session, payload)}`;
}

/** The claims of a cookie signed with these keys and not expired; null for anything else. */
export function verifySession(keys: SessionKeys, token: string, now: Date): SessionClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  if (!sameText(signature, mac(keys.session, payload))) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = claimsSchema.safeParse(decoded);
  if (!parsed.success || parsed.data.e * 1000 <= now.getTime()) return null;
  return { nonce: parsed.data.n, staffId: parsed.data.s, expiresAt: parsed.data.e };
}

/** The token every form carries: tied to the session's nonce, so another site cannot know it. */
export function csrfTokenFor(keys: SessionKeys, nonce: string): string {
  return mac(keys.csrf, nonce);
}

export function isCsrfTokenValid(keys: SessionKeys, nonce: string, token: string | null): boolean {
  return token !== null && sameText(token, csrfTokenFor(keys, nonce));
}

function mac(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
