/**
 * The OAuth endpoint Decap CMS's GitHub backend needs in production (`backend.base_url` in the editor's
 * configuration, set with CMS_OAUTH_URL). GitHub's OAuth flow needs a client secret, which a static
 * site cannot hold, so this small handler holds it. Written against the web-standard Request/Response,
 * so it runs unchanged as a Cloudflare Worker (`export default { fetch }`) or under Node (server.ts).
 *
 *   GET /auth      → redirects to GitHub's authorize page, with a random state kept in a cookie
 *   GET /callback  → checks the state, trades the code for a token, and hands the token to the editor
 *                    window that opened it, only if that window is on SITE_ORIGIN (Decap's handshake:
 *                    "authorizing:github", then "authorization:github:success:{token}")
 */
export interface OAuthEnv {
  GITHUB_CLIENT_ID: string;
  GITHUB_CLIENT_SECRET: string;
  /** The site where /admin/ runs, e.g. "https://guide.example.vn"; the token is sent to it only. */
  SITE_ORIGIN: string;
  /**
   * "public_repo" (the default: write access to public repositories only) for a public content
   * repository, "repo" (every repository the editor can reach, private ones included) for a private one.
   * Decap keeps the token in the browser's localStorage, so the narrower the scope the less it opens.
   */
  GITHUB_SCOPE?: string;
}

/** The scopes Decap's GitHub backend works with, narrowest first; anything else is a typo. */
export const GITHUB_SCOPES = ['public_repo', 'repo'] as const;

/** The scope to request, or an error naming the accepted values. */
export function githubScope(env: Pick<OAuthEnv, 'GITHUB_SCOPE'>): string {
  const scope = env.GITHUB_SCOPE?.trim() || GITHUB_SCOPES[0];
  if (!(GITHUB_SCOPES as readonly string[]).includes(scope))
    throw new Error(`GITHUB_SCOPE is "${scope}"; expected one of ${GITHUB_SCOPES.join(', ')}`);
  return scope;
}

const STATE_COOKIE = 'decap_oauth_state';

export async function handleOAuth(
  request: Request,
  env: OAuthEnv,
  fetcher: typeof fetch = fetch,
  random: () => string = () => crypto.randomUUID(),
): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/auth')) {
    if (url.searchParams.get('provider') !== 'github') return text(400, 'Only the GitHub provider is supported.');
    const state = random();
    const authorize = new URL('https://github.com/login/oauth/authorize');
    authorize.searchParams.set('client_id', env.GITHUB_CLIENT_ID);
    authorize.searchParams.set('redirect_uri', new URL('callback', endpointBase(url)).toString());
    authorize.searchParams.set('scope', githubScope(env));
    authorize.searchParams.set('state', state);
    return new Response(null, {
      status: 302,
      headers: {
        Location: authorize.toString(),
        'Set-Cookie': `${STATE_COOKIE}=${state}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=600`,
      },
    });
  }
  if (url.pathname.endsWith('/callback')) {
    const state = url.searchParams.get('state');
    const code = url.searchParams.get('code');
    if (!state || !code || cookie(request, STATE_COOKIE) !== state) {
      return handshake(env.SITE_ORIGIN, 'error', { message: 'The sign-in expired or did not start here. Try again.' });
    }
    let response: Response;
    try {
      response = await fetcher('https://github.com/login/oauth/access_token', {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ client_id: env.GITHUB_CLIENT_ID, client_secret: env.GITHUB_CLIENT_SECRET, code }),
        signal: AbortSignal.timeout(15_000),
      });
    } catch {
      // GitHub unreachable, or the connection dropped: this sign-in fails, the endpoint keeps serving.
      return handshake(env.SITE_ORIGIN, 'error', { message: 'GitHub could not be reached. Try again.' }, 502);
    }
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; error_description?: string };
    if (!response.ok || !body.access_token) {
      const message = body.error_description ?? 'GitHub refused the sign-in.';
      // GitHub's own failure (5xx, not JSON) is a bad gateway; a refused code is GitHub's answer.
      return handshake(env.SITE_ORIGIN, 'error', { message }, response.ok ? 200 : 502);
    }
    return handshake(env.SITE_ORIGIN, 'success', { token: body.access_token, provider: 'github' });
  }
  return text(404, 'Not found.');
}

/** The folder the endpoint is served from, so /callback sits beside /auth behind any prefix. */
function endpointBase(url: URL): URL {
  return new URL(url.pathname.replace(/auth$/, ''), url.origin);
}

function cookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('Cookie') ?? '';
  return header
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];
}

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * The page that completes Decap's popup handshake: it announces itself to the opener, waits for the
 * opener's answer, and posts the result to that origin only if it is the site's.
 */
export function handshake(siteOrigin: string, outcome: 'success' | 'error', content: object, status = 200): Response {
  const message = `authorization:github:${outcome}:${JSON.stringify(content)}`;
  const script = `(() => {
  const site = ${JSON.stringify(siteOrigin)};
  const message = ${JSON.stringify(message)};
  window.addEventListener('message', (event) => {
    if (event.origin !== site) return;
    window.opener.postMessage(message, site);
    window.close();
  }, { once: false });
  window.opener && window.opener.postMessage('authorizing:github', site);
})();`.replace(/</g, '\\u003c');
  return new Response(`<!doctype html><meta charset="utf-8"><title>Sign-in</title><script>${script}</script>`, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Set-Cookie': `${STATE_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`,
    },
  });
}

/** Cloudflare Workers entry: `wrangler deploy deploy/decap-oauth/handler.ts` with the variables set. */
export default {
  fetch: (request: Request, env: OAuthEnv) => handleOAuth(request, env),
};
