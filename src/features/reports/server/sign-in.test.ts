import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGithubStub } from '../../../../tools/reports/github-stub.ts';
import { DATABASES, useReportsDatabase, validReport } from '../../../../tools/reports/test-service.ts';
import { signInConfigFromEnv } from './sign-in.ts';

describe('the sign-in settings', () => {
  it('refuse the local sign-in in a production configuration', () => {
    expect(() => signInConfigFromEnv({ REPORTS_LOCAL_SIGN_IN: '1', NODE_ENV: 'production' })).toThrow(
      /refused when NODE_ENV=production/,
    );
    expect(signInConfigFromEnv({}).localSignIn).toBe(false);
  });
});

describe.each(DATABASES)('experts sign in with GitHub and settle their reports, on %s', (name) => {
  const { service } = useReportsDatabase(name);
  let github: Awaited<ReturnType<typeof startGithubStub>>;
  beforeAll(async () => {
    github = await startGithubStub({ 'code-lan': 'Lan-Nguyen', 'code-stranger': 'someone-else' });
  });
  afterAll(() => github.close());

  const signInService = (localSignIn = false) =>
    service({
      signIn: {
        github: { clientId: 'stub-id', clientSecret: 'stub-secret', webBase: github.base, apiBase: github.base },
        admins: [],
        localSignIn,
        secureCookies: false,
      },
    });

  async function signIn(app: Awaited<ReturnType<typeof signInService>>, code: string) {
    const start = await app.inject({ method: 'GET', url: '/api/auth/github' });
    expect(start.statusCode).toBe(302);
    const authorize = new URL(start.headers.location as string);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${github.base}/login/oauth/authorize`);
    const state = authorize.searchParams.get('state')!;
    return app.inject({
      method: 'GET',
      url: `/api/auth/github/callback?code=${code}&state=${state}`,
      cookies: { reports_oauth_state: state },
    });
  }
  const sessionCookie = (response: { cookies: { name: string; value: string }[] }) => ({
    reports_session: response.cookies.find((c) => c.name === 'reports_session')!.value,
  });

  it('shows an expert the reports on the listings they verified, and only those', async () => {
    const app = await signInService();
    const mine = validReport({ deviceId: 'device-gh-1', note: 'padlock on the gate' });
    const theirs = validReport({ deviceId: 'device-gh-2', listing: { kind: 'place', id: 'sun-world' } });
    for (const payload of [mine, theirs]) await app.inject({ method: 'POST', url: '/api/reports', payload });
    const signedIn = await signIn(app, 'code-lan');
    expect(signedIn.statusCode, signedIn.body).toBe(302);
    const cookies = sessionCookie(signedIn);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', cookies })).json()).toMatchObject({
      expert: 'nguyen-thi-lan',
    });
    const list = (await app.inject({ method: 'GET', url: '/api/reports', cookies })).json();
    expect(list.listings.map((l: { id: string }) => l.id)).toEqual(['bai-chay-beach']);
    const report = list.listings[0].reports.find((r: { note: string }) => r.note === 'padlock on the gate');
    expect(report).toBeDefined();

    const fixed = await app.inject({
      method: 'POST',
      url: `/api/reports/${report.id}/state`,
      cookies,
      payload: { state: 'fixed' },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().state).toBe('fixed');
  });

  it('lets no other expert, stranger or forged cookie change a report', async () => {
    const app = await signInService();
    const theirs = validReport({ deviceId: 'device-gh-3', listing: { kind: 'place', id: 'sun-world' } });
    const id = (await app.inject({ method: 'POST', url: '/api/reports', payload: theirs })).json().id;
    const cookies = sessionCookie(await signIn(app, 'code-lan'));
    const other = await app.inject({
      method: 'POST',
      url: `/api/reports/${id}/state`,
      cookies,
      payload: { state: 'dismissed' },
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toMatch(/only the expert who verified sun-world/);

    const stranger = await signIn(app, 'code-stranger');
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().error).toBe("the GitHub account someone-else is not named in any expert's file");
    expect((await signIn(app, 'code-unknown')).statusCode).toBe(502);

    const forged = {
      reports_session: JSON.stringify({ expert: 'tran-van-minh', github: 'x', admin: true, until: 9e15 }),
    };
    expect((await app.inject({ method: 'GET', url: '/api/reports', cookies: forged })).statusCode).toBe(401);
    const noState = await app.inject({ method: 'GET', url: '/api/auth/github/callback?code=code-lan&state=abc' });
    expect(noState.statusCode).toBe(400);
  });

  it('offers the local sign-in only when it is enabled', async () => {
    const off = await signInService(false);
    expect(
      (await off.inject({ method: 'POST', url: '/api/auth/local', payload: { expert: 'tran-van-minh' } })).statusCode,
    ).toBe(404);
    const on = await signInService(true);
    const local = await on.inject({ method: 'POST', url: '/api/auth/local', payload: { expert: 'tran-van-minh' } });
    expect(local.statusCode).toBe(200);
    const list = await on.inject({ method: 'GET', url: '/api/reports', cookies: sessionCookie(local) });
    expect(list.statusCode).toBe(200);
  });
});
