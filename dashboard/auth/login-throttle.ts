/**
 * Login attempts allowed per IP address and per account in a sliding window. In memory: one
 * dashboard process serves a firm; several processes each keep their own count.
 */
export interface LoginThrottleLimits {
  readonly windowMs: number;
  /** Attempts from one address, whatever the account. */
  readonly perIp: number;
  /** Failed attempts on one account, from anywhere. */
  readonly perAccount: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginThrottleLimits = {
  windowMs: 15 * 60_000,
  perIp: 20,
  perAccount: 5,
};

export type ThrottleDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export interface LoginThrottle {
  /** Counts an attempt from the address and says whether it may go on. */
  attempt(ip: string, account: string, now: Date): ThrottleDecision;
  recordFailure(account: string, now: Date): void;
  recordSuccess(account: string): void;
}

export function createLoginThrottle(
  limits: LoginThrottleLimits = DEFAULT_LOGIN_LIMITS,
): LoginThrottle {
  const byIp = new Map<string, number[]>();
  const failuresByAccount = new Map<string, number[]>();

  const recent = (map: Map<string, number[]>, key: string, now: number) => {
    const kept = (map.get(key) ?? []).filter((time) => time > now - limits.windowMs);
    if (kept.length > 0) map.set(key, kept);
    else map.delete(key);
    return kept;
  };
  const wait = (times: readonly number[], now: number) =>
    Math.max(1, Math.ceil(((times[0] ?? now) + limits.windowMs - now) / 1000));

  return {
    attempt(ip, account, now) {
      const time = now.getTime();
      // Addresses seen once stay in the map until swept: keep it bounded under a spray.
      if (byIp.size > 10_000) for (const key of [...byIp.keys()]) recent(byIp, key, time);
      const ipTimes = recent(byIp, ip, time);
      if (ipTimes.length >= limits.perIp)
        return { allowed: false, retryAfterSeconds: wait(ipTimes, time) };
      const accountTimes = recent(failuresByAccount, account, time);
      if (accountTimes.length >= limits.perAccount) {
        return { allowed: false, retryAfterSeconds: wait(accountTimes, time) };
      }
      byIp.set(ip, [...ipTimes, time]);
      return { allowed: true };
    },
    recordFailure(account, now) {
      const time = now.getTime();
      failuresByAccount.set(account, [...recent(failuresByAccount, account, time), time]);
    },
    recordSuccess(account) {
      failuresByAccount.delete(account);
    },
  };
}
