import { describe, expect, it } from 'vitest';
import { handleOAuth, type OAuthEnv } from './handler.ts';

const env: OAuthEnv = {
  GITHUB_CLIENT_ID: 'client-1',
  GITHUB_CLIENT_SECRET: 'secret-1',
  SITE_ORIGIN: 'https://guide.example.vn',
};
const get = (path: string, cookie?: string) =>
  new Request(`https://cms-auth.example.vn${path}`, { headers: cookie ? { Cookie: cookie } : {} });

describe('the Decap OAuth endpoint', () => {
  it('sends the editor to GitHub with the client id, the callback beside /auth, the scope and a state cookie', async () => {
    const response = await handleOAuth(get('/auth?provider=github&site_id=guide&scope=repo'), env, fetch, () => 'st-1');
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('Location') ?? '');
    expect(location.origin + location.pathname).toBe('https://github.com/login/oauth/authorize');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      client_id: 'client-1',
      redirect_uri: 'https://cms-auth.example.vn/callback',
      scope: 'public_repo',
      state: 'st-1',
    });
    expect(response.headers.get('Set-Cookie')).toMatch(/^decap_oauth_state=st-1; .*HttpOnly; Secure/);
  });

  it('trades the code for a token and posts it to the site’s origin only', async () => {
    const calls: { url: string; body: unknown }[] = [];
    const github = (async (url: string, init: RequestInit) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      return Response.json({ access_token: 'gho_token' });
    }) as typeof fetch;
    const response = await handleOAuth(get('/callback?code=c-1&state=st-1', 'decap_oauth_state=st-1'), env, github);
    expect(calls).toEqual([
      {
        url: 'https://github.com/login/oauth/access_token',
        body: { client_id: 'client-1', client_secret: 'secret-1', code: 'c-1' },
      },
    ]);
    const html = await response.text();
    expect(html).toContain('authorization:github:success:{\\"token\\":\\"gho_token\\",\\"provider\\":\\"github\\"}');
    expect(html).toContain('const site = "https://guide.example.vn"');
    expect(html).toContain('if (event.origin !== site) return;');
    expect(html).not.toContain("'*'");
  });

  it('refuses a callback whose state does not match the cookie (a forged or replayed sign-in)', async () => {
    const github = (async () => Response.json({ access_token: 'never' })) as unknown as typeof fetch;
    const response = await handleOAuth(get('/callback?code=c-1&state=st-2', 'decap_oauth_state=st-1'), env, github);
    const html = await response.text();
    expect(html).toContain('authorization:github:error:');
    expect(html).not.toContain('never');
  });

  it('reports GitHub’s refusal and unknown addresses plainly', async () => {
    const github = (async () =>
      Response.json({
        error: 'bad_verification_code',
        error_description: 'The code is wrong.',
      })) as unknown as typeof fetch;
    const refused = await handleOAuth(get('/callback?code=x&state=s', 'decap_oauth_state=s'), env, github);
    expect(await refused.text()).toContain('The code is wrong.');
    expect((await handleOAuth(get('/other'), env)).status).toBe(404);
    expect((await handleOAuth(get('/auth?provider=gitlab'), env)).status).toBe(400);
  });
});

describe('the scope requested from GitHub', () => {
  it('is public_repo unless GITHUB_SCOPE says repo, and a typo is refused', async () => {
    const scope = async (GITHUB_SCOPE?: string) =>
      new URL(
        (await handleOAuth(get('/auth?provider=github'), { ...env, GITHUB_SCOPE })).headers.get('Location') ?? '',
      ).searchParams.get('scope');
    expect(await scope()).toBe('public_repo');
    expect(await scope('repo')).toBe('repo');
    await expect(scope('admin:org')).rejects.toThrow(/expected one of public_repo, repo/);
  });
});
