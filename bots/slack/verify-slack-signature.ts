import { createHmac, timingSafeEqual } from 'node:crypto';
import { err, ok, type Result } from '../../core/result/result.ts';

export type SignatureFailure = 'missing_headers' | 'stale_timestamp' | 'signature_mismatch';

/** Slack refuses to replay requests older than this; so do we. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

/**
 * Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the
 * signing secret, over the bytes exactly as received. Checked before the body is parsed, the
 * timestamp within five minutes of `nowSeconds`, the digests compared in constant time.
 */
export function verifySlackSignature(input: {
  signingSecret: string;
  rawBody: Uint8Array;
  timestamp: string | undefined;
  signature: string | undefined;
  nowSeconds: number;
}): Result<void, SignatureFailure> {
  const { timestamp, signature } = input;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return err('missing_headers');
  if (Math.abs(input.nowSeconds - Number(timestamp)) > SIGNATURE_WINDOW_SECONDS)
    return err('stale_timestamp');

  const hmac = createHmac('sha256', input.signingSecret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(input.rawBody);
  const expected = Buffer.from(`v0=${hmac.digest('hex')}`, 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.byteLength !== expected.byteLength || !timingSafeEqual(given, expected)) {
    return err('signature_mismatch');
  }
  return ok(undefined);
}
