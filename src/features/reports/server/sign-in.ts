import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Listings } from './listings.ts';

/**
 * Experts sign in with GitHub, as in the editor; the service only learns who they are (no scope is
 * requested, and the token is dropped once the account name is known). The session is a signed
 * cookie, so every instance behind nginx accepts it.
 */
export interface SignInConfig {
  github?: {
    clientId: string;
    clientSecret: string;
    /** https://github.com and https://api.github.com; a stub's addresses in tests. */
    webBase: string;
    apiBase: string;
  };
  /** GitHub accounts that read and settle every report. */
  admins: string[];
  /** Browser tests sign in by expert id without GitHub; refused in production. */
  localSignIn: boolean;
  /** Cookies marked Secure (HTTPS); off only for loopback tests. */
  secureCookies: boolean;
}

export interface Session {
  expert?: string;
  github: string;
  admin: boolean;
}

export const SESSION_COOKIE = 'reports_session';
const STATE_COOKIE = 'reports_oauth_state';
const SESSION_SECONDS = 8 * 3600;

/** The sign-in settings from the environment; a production configuration cannot enable the local sign-in. */
export function signInConfigFromEnv(env: NodeJS.ProcessEnv): SignInConfig {
  const localSignIn = env.REPORTS_LOCAL_SIGN_IN === '1';
  if (localSignIn && env.NODE_ENV === 'production')
    throw new Error(
      'REPORTS_LOCAL_SIGN_IN=1 lets anyone sign in as any expert; it is refused when NODE_ENV=production.',
    );
  return {
    github:
      env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET
        ? {
            clientId: env.GITHUB_CLIENT_ID,
            clientSecret: env.GITHUB_CLIENT_SECRET,
            webBase: env.GITHUB_WEB_BASE ?? 'https://github.com',
            apiBase: env.GITHUB_API_BASE ?? 'https://api.github.com',
          }
        : undefined,
    admins: (env.REPORTS_ADMINS ?? '')
      .split(',')
      .map((login) => login.trim().toLowerCase())
      .filter(Boolean),
    localSignIn,
    secureCookies: env.REPORTS_INSECURE_COOKIES !== '1',
  };
}

export function sessionOf(request: FastifyRequest): Session | undefined {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return undefined;
  try {
    const session = JSON.parse(unsigned.value) as Session & { until: number };
    return session.until > Date.now() ? session : undefined;
  } catch {
    return undefined;
  }
}

export function registerSignIn(app: FastifyInstance, config: SignInConfig, listings: Listings): void {
  const cookieOptions = { path: '/', httpOnly: true, secure: config.secureCookies, sameSite: 'lax' as const };
  const startSession = (reply: FastifyReply, github: string, expert: string | undefined) => {
    const admin = config.admins.includes(github.toLowerCase());
    const session = { expert, github, admin, until: Date.now() + SESSION_SECONDS * 1000 };
    reply.setCookie(SESSION_COOKIE, JSON.stringify(session), {
      ...cookieOptions,
      signed: true,
      maxAge: SESSION_SECONDS,
    });
  };

  app.get('/api/auth/github', async (_request, reply) => {
    if (!config.github) return reply.code(404).send({ error: 'GitHub sign-in is not configured on this service' });
    const state = randomBytes(16).toString('base64url');
    const authorize = new URL('/login/oauth/authorize', config.github.webBase);
    authorize.searchParams.set('client_id', config.github.clientId);
    authorize.searchParams.set('state', state);
    reply.setCookie(STATE_COOKIE, state, { ...cookieOptions, maxAge: 600 });
    return reply.redirect(authorize.toString());
  });

  app.get('/api/auth/github/callback', async (request, reply) => {
    const github = config.github;
    if (!github) return reply.code(404).send({ error: 'GitHub sign-in is not configured on this service' });
    const { code, state } = request.query as { code?: string; state?: string };
    if (!code || !state || request.cookies[STATE_COOKIE] !== state)
      return reply.code(400).send({ error: 'the sign-in expired or did not start here; sign in again' });
    reply.clearCookie(STATE_COOKIE, cookieOptions);
    const login = await githubLogin(github, code);
    if (!login) return reply.code(502).send({ error: 'GitHub did not confirm the sign-in; try again' });
    const expert = listings.expertByGithub(login);
    if (!expert && !config.admins.includes(login.toLowerCase()))
      return reply.code(403).send({ error: `the GitHub account ${login} is not named in any expert's file` });
    startSession(reply, login, expert);
    return reply.redirect('/api/auth/me');
  });

  app.post('/api/auth/local', async (request, reply) => {
    if (!config.localSignIn) return reply.code(404).send({ error: 'local sign-in is not enabled' });
    const expert = (request.body as { expert?: unknown } | undefined)?.expert;
    if (typeof expert !== 'string' || listings.verifiedBy(expert).length === 0)
      return reply.code(400).send({ error: 'expected expert, the id of an expert who verified a listing' });
    startSession(reply, `local:${expert}`, expert);
    return reply.send({ expert });
  });

  app.get('/api/auth/me', async (request, reply) => {
    const session = sessionOf(request);
    if (!session) return reply.code(401).send({ error: 'not signed in' });
    return { expert: session.expert ?? null, github: session.github, admin: session.admin };
  });

  app.post('/api/auth/sign-out', async (_request, reply) => {
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return { signedOut: true };
  });
}

async function githubLogin(github: NonNullable<SignInConfig['github']>, code: string): Promise<string | undefined> {
  try {
    const tokenResponse = await fetch(new URL('/login/oauth/access_token', github.webBase), {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: github.clientId, client_secret: github.clientSecret, code }),
      signal: AbortSignal.timeout(15_000),
    });
    const token = ((await tokenResponse.json()) as { access_token?: unknown }).access_token;
    if (!tokenResponse.ok || typeof token !== 'string') return undefined;
    const userResponse = await fetch(new URL('/user', github.apiBase), {
      headers: { accept: 'application/vnd.github+json', authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(15_000),
    });
    const login = ((await userResponse.json()) as { login?: unknown }).login;
    return userResponse.ok && typeof login === 'string' ? login : undefined;
  } catch {
    return undefined;
  }
}
