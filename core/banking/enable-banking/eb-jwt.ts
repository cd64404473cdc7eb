import { createSign, type KeyObject } from 'node:crypto';

export const EB_JWT_ISSUER = 'enablebanking.com';
export const EB_JWT_AUDIENCE = 'api.enablebanking.com';
// The official samples sign for one hour; a longer life is refused by the API.
export const EB_JWT_LIFETIME_SECONDS = 3_600;

/**
 * The bearer token of every Enable Banking call: RS256 over the application's private key,
 * `kid` = application id (bank-sync.md §2.2).
 */
export function signEnableBankingJwt(input: {
  readonly applicationId: string;
  readonly privateKey: KeyObject;
  readonly now: Date;
}): string {
  const iat = Math.floor(input.now.getTime() / 1000);
  const header = { typ: 'JWT', alg: 'RS256', kid: input.applicationId };
  const claims = {
    iss: EB_JWT_ISSUER,
    aud: EB_JWT_AUDIENCE,
    iat,
    exp: iat + EB_JWT_LIFETIME_SECONDS,
  };
  const signingInput = `${base64UrlJson(header)}.${base64UrlJson(claims)}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(input.privateKey);
  return `${signingInput}.${signature.toString('base64url')}`;
}

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
