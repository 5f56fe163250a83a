import type { CmsBackendSettings } from './decap-config.ts';

/** decap-server's port when nothing else is set (its own default). */
export const DEFAULT_DECAP_SERVER_PORT = 8081;

/**
 * Where the editor saves, from the environment of the build (or of `npm run edit`):
 * CMS_GITHUB_REPO ("owner/name"), CMS_GITHUB_BRANCH (default "main"), CMS_OAUTH_URL (the OAuth
 * endpoint's origin, deploy/decap-oauth/) and DECAP_SERVER_PORT (decap-server on this machine).
 */
export function backendSettingsFrom(env: Record<string, string | undefined>): CmsBackendSettings {
  const port = Number(env.DECAP_SERVER_PORT ?? DEFAULT_DECAP_SERVER_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`DECAP_SERVER_PORT must be a port number, found "${env.DECAP_SERVER_PORT}"`);
  }
  const repo = env.CMS_GITHUB_REPO?.trim();
  if (repo && !/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    throw new Error(`CMS_GITHUB_REPO must be "owner/name", found "${repo}"`);
  }
  const oauth = env.CMS_OAUTH_URL?.trim();
  if (oauth && !/^https:\/\/[^/]+/.test(oauth)) {
    throw new Error(`CMS_OAUTH_URL must be an https:// address, found "${oauth}"`);
  }
  return {
    ...(repo ? { repo } : {}),
    branch: env.CMS_GITHUB_BRANCH?.trim() || 'main',
    ...(oauth ? { oauthBaseUrl: oauth.replace(/\/$/, '') } : {}),
    localBackendUrl: `http://127.0.0.1:${port}/api/v1`,
  };
}
