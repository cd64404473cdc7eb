/**
 * A verified Slack body as an object: JSON for the Events API; form-encoded for slash commands
 * (fields) and interactivity (a `payload` field holding JSON). Null when it is neither.
 */
export function parseSlackBody(
  raw: Uint8Array,
  contentType: string | undefined,
): Record<string, unknown> | null {
  const text = Buffer.from(raw).toString('utf8');
  try {
    if (contentType?.startsWith('application/json')) return asObject(JSON.parse(text));
    if (contentType?.startsWith('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(text);
      const payload = form.get('payload');
      return payload !== null ? asObject(JSON.parse(payload)) : Object.fromEntries(form.entries());
    }
  } catch {
    return null;
  }
  return null;
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
