/** Asked when the bank does not say: the PSD2 ceiling since 25 July 2023. */
export const DEFAULT_CONSENT_SECONDS = 180 * 86_400;

/**
 * Kept off the bank's maximum: asking for exactly the maximum fails with 422 once the clocks
 * drift by a second (B09). One day also keeps reminders from landing on the expiry day itself.
 */
export const CONSENT_MARGIN_SECONDS = 86_400;

/**
 * The consent end to ask for: the bank's maximum minus the margin, from one clock reading (B09:
 * reading the clock twice can push `now + maximum` past the bank's own check). Whole seconds,
 * because the bank compares at that precision.
 */
export function consentValidUntil(input: {
  readonly now: Date;
  readonly maximumConsentSeconds: number | null;
  readonly marginSeconds?: number;
}): Date {
  const maximum = input.maximumConsentSeconds ?? DEFAULT_CONSENT_SECONDS;
  const margin = Math.max(input.marginSeconds ?? CONSENT_MARGIN_SECONDS, CONSENT_MARGIN_SECONDS);
  const seconds = Math.max(maximum - margin, Math.floor(maximum / 2));
  const nowSeconds = Math.floor(input.now.getTime() / 1000);
  return new Date((nowSeconds + seconds) * 1000);
}
