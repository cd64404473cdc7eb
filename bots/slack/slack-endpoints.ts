/**
 * Where the bot talks to Slack. Production uses Slack's own hosts; tests give a local stand-in.
 * File and response URLs come inside payloads: only Slack's own hosts are followed (the bot
 * token never goes anywhere else), then mapped onto the configured base.
 */
export interface SlackEndpoints {
  /** Web API, as Bolt's `slackApiUrl` (ends with `/api/`). */
  readonly api: string;
  /** Serves `url_private` (files.slack.com). */
  readonly files: string;
  /** Receives `response_url` posts (hooks.slack.com). */
  readonly hooks: string;
}

export const SLACK_ENDPOINTS: SlackEndpoints = {
  api: 'https://slack.com/api/',
  files: 'https://files.slack.com/',
  hooks: 'https://hooks.slack.com/',
};

/** The address to call for a URL found in a payload, or null when it is not Slack's. */
export function routeSlackUrl(
  url: string,
  kind: 'files' | 'hooks',
  endpoints: SlackEndpoints,
): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const official = new URL(SLACK_ENDPOINTS[kind]);
  if (parsed.protocol !== 'https:' || parsed.host !== official.host) return null;
  return new URL(
    `${parsed.pathname.replace(/^\//, '')}${parsed.search}`,
    endpoints[kind],
  ).toString();
}
