import { createVerify, type KeyObject } from 'node:crypto';

/** A refused token, with the reason the API would give (bank-sync.md §2.2, Auth). */
export type JwtCheck = { ok: true } | { ok: false; reason: string };

const MAX_LIFETIME_SECONDS = 24 * 3_600;

/**
 * Checks an Enable Banking bearer token as the API does: RS256 signature with the application's
 * public key, `kid` = application id, `iss` enablebanking.com, `aud` api.enablebanking.com, not
 * expired, and a lifetime of at most 24 hours.
 */
export function checkJwt(
  authorization: string | undefined,
  expected: { applicationId: string; publicKey: KeyObject; now: Date },
): JwtCheck {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  if (!token) return { ok: false, reason: 'missing bearer token' };
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'not a JWT' };
  const [headerPart, claimsPart, signaturePart] = parts as [string, string, string];
  const header = decode(headerPart);
  const claims = decode(claimsPart);
  if (!header || !claims) return { ok: false, reason: 'unreadable JWT' };

  if (header.alg !== 'RS256') return { ok: false, reason: 'alg must be RS256' };
  if (header.kid !== expected.applicationId) return { ok: false, reason: 'unknown kid' };
  const signatureOk = createVerify('RSA-SHA256')
    .update(`${headerPart}.${claimsPart}`)
    .verify(expected.publicKey, Buffer.from(signaturePart, 'base64url'));
  if (!signatureOk) return { ok: false, reason: 'bad signature' };
  if (claims.iss !== 'enablebanking.com')
    return { ok: false, reason: 'iss must be enablebanking.com' };
  if (claims.aud !== 'api.enablebanking.com')
    return { ok: false, reason: 'aud must be api.enablebanking.com' };

  const now = Math.floor(expected.now.getTime() / 1000);
  if (typeof claims.iat !== 'number' || typeof claims.exp !== 'number') {
    return { ok: false, reason: 'iat and exp are required' };
  }
  if (claims.exp <= now) return { ok: false, reason: 'token expired' };
  if (claims.exp - claims.iat > MAX_LIFETIME_SECONDS)
    return { ok: false, reason: 'token lives too long' };
  return { ok: true };
}

function decode(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
