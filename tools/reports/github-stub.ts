import { createServer, type Server } from 'node:http';

/**
 * GitHub's OAuth endpoints as far as the reports sign-in uses them: a code is traded for a token at
 * /login/oauth/access_token, and /user says whose token it is. `accounts` maps codes to logins.
 */
export async function startGithubStub(accounts: Record<string, string>): Promise<{ base: string; close(): void }> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub');
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (request.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      let raw = '';
      for await (const chunk of request) raw += chunk;
      const { code, client_secret } = JSON.parse(raw) as { code: string; client_secret: string };
      if (client_secret !== 'stub-secret' || !accounts[code]) return json(200, { error: 'bad_verification_code' });
      return json(200, { access_token: `token-${code}`, token_type: 'bearer', scope: '' });
    }
    if (request.method === 'GET' && url.pathname === '/user') {
      const code = request.headers.authorization?.replace(/^Bearer token-/, '') ?? '';
      return accounts[code] ? json(200, { login: accounts[code] }) : json(401, { message: 'Bad credentials' });
    }
    json(404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { base: `http://127.0.0.1:${port}`, close: () => server.close() };
}
