import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OAuthEnv } from './handler.ts';
import { oauthListener } from './node-server.ts';

const env: OAuthEnv = {
  GITHUB_CLIENT_ID: 'client-1',
  GITHUB_CLIENT_SECRET: 'secret-1',
  SITE_ORIGIN: 'https://guide.example.vn',
};
const NODE_24 = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'node');

/** Sends `head` as written (no client library to tidy it up) and returns the raw answer. */
function raw(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    socket.on('data', (chunk) => (out += chunk));
    socket.on('end', () => resolve(out));
    socket.on('error', (error) => (out ? resolve(out) : reject(error)));
    socket.write(`${head}Connection: close\r\n\r\n`);
  });
}
const status = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

describe('deploy/decap-oauth/server.ts, the process itself', () => {
  let child: ChildProcess;
  const port = 40_000 + (process.pid % 20_000);
  beforeAll(async () => {
    child = spawn(NODE_24, [join(import.meta.dirname, 'server.ts')], {
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk) => String(chunk).includes('OAuth endpoint on port') && resolve());
      child.once('exit', (code) => reject(new Error(`server.ts exited with ${code}`)));
    });
  });
  afterAll(() => child.kill());

  it('answers a malformed Host with 400 and goes on serving sign-ins', async () => {
    expect(status(await raw(port, 'GET /auth?provider=github HTTP/1.1\r\nHost: a b\r\n'))).toBe(400);
    expect(status(await raw(port, 'GET /auth?provider=github HTTP/1.1\r\nHost: a/b@c\r\n'))).toBe(400);
    expect(child.exitCode).toBe(null);
    const ok = await raw(port, 'GET /auth?provider=github HTTP/1.1\r\nHost: cms-auth.example.vn\r\n');
    expect(status(ok)).toBe(302);
    expect(ok).toContain('redirect_uri=https%3A%2F%2Fcms-auth.example.vn%2Fcallback');
    // The narrowest scope by default: public repositories only.
    expect(ok).toContain('scope=public_repo&');
  });

  it('ignores X-Forwarded-Host unless TRUST_FORWARDED_HOST=1', async () => {
    const answer = await raw(
      port,
      'GET /auth?provider=github HTTP/1.1\r\nHost: cms-auth.example.vn\r\nX-Forwarded-Host: evil.example\r\n',
    );
    expect(answer).toContain('redirect_uri=https%3A%2F%2Fcms-auth.example.vn%2Fcallback');
    expect(answer).not.toContain('evil.example');
  });
});

describe('the Node listener against a failing GitHub (a stub on 127.0.0.1)', () => {
  let github: Server;
  let endpoint: Server;
  let githubPort = 0;
  let endpointPort = 0;
  let mode: 'error-page' | 'hang-up' | 'ok' = 'ok';
  beforeAll(async () => {
    github = createServer((_req, res) => {
      if (mode === 'hang-up') return res.socket?.destroy();
      if (mode === 'error-page') return res.writeHead(503, { 'Content-Type': 'text/html' }).end('<h1>Unicorn</h1>');
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"access_token":"gho_ok"}');
    });
    githubPort = await listen(github);
    const toStub = ((url: string, init: RequestInit) =>
      fetch(String(url).replace('https://github.com', `http://127.0.0.1:${githubPort}`), init)) as typeof fetch;
    endpoint = createServer(oauthListener(env, { trustForwardedHost: true, fetcher: toStub }));
    endpointPort = await listen(endpoint);
  });
  afterAll(() => {
    github.close();
    endpoint.close();
  });
  const callback = () =>
    raw(endpointPort, 'GET /callback?code=c&state=s HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: decap_oauth_state=s\r\n');

  it('answers 502 with the editor told why, when GitHub errs or hangs up, and keeps serving', async () => {
    mode = 'error-page';
    const refused = await callback();
    expect(status(refused)).toBe(502);
    expect(refused).toContain('authorization:github:error:');
    mode = 'hang-up';
    const unreachable = await callback();
    expect(status(unreachable)).toBe(502);
    expect(unreachable).toContain('GitHub could not be reached');
    mode = 'ok';
    const signedIn = await callback();
    expect(status(signedIn)).toBe(200);
    expect(signedIn).toContain('gho_ok');
  });

  it('uses X-Forwarded-Host when configured to trust it', async () => {
    const answer = await raw(
      endpointPort,
      'GET /auth?provider=github HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-Host: cms-auth.example.vn\r\n',
    );
    expect(answer).toContain('redirect_uri=https%3A%2F%2Fcms-auth.example.vn%2Fcallback');
    expect(status(await raw(endpointPort, 'GET /auth HTTP/1.1\r\nHost: x\r\nX-Forwarded-Host: a b\r\n'))).toBe(400);
  });
});
