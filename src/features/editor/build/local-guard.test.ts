import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardRefusal, startGuard } from './local-guard.ts';

const ports = { guardPort: 8081, sitePort: 4321 };

describe('guardRefusal', () => {
  it('lets the editor on this machine through', () => {
    expect(guardRefusal({ host: '127.0.0.1:8081', origin: 'http://localhost:4321' }, ports)).toBeNull();
    expect(guardRefusal({ host: 'localhost:8081', origin: 'http://127.0.0.1:4321' }, ports)).toBeNull();
    expect(guardRefusal({ host: '127.0.0.1:8081' }, ports)).toBeNull();
  });
  it('refuses a foreign Host (DNS rebinding) and a foreign Origin (any other page)', () => {
    expect(guardRefusal({ host: 'evil.example:8081' }, ports)).toMatch(/Host "evil.example:8081" is not this machine/);
    expect(guardRefusal({ host: '127.0.0.1:9999' }, ports)).toMatch(/Host/);
    expect(guardRefusal({}, ports)).toMatch(/Host ""/);
    expect(guardRefusal({ host: '127.0.0.1:8081', origin: 'https://evil.example' }, ports)).toMatch(/Origin/);
    expect(guardRefusal({ host: '127.0.0.1:8081', origin: 'http://localhost:3000' }, ports)).toMatch(/Origin/);
    expect(guardRefusal({ host: '127.0.0.1:8081', origin: 'null' }, ports)).toMatch(/Origin/);
  });
});

describe('startGuard, in front of a stand-in for decap-server', () => {
  let upstream: Server;
  let guard: Server;
  let guardPort = 0;
  const seen: string[] = [];
  beforeAll(async () => {
    // Like decap-server's lock that waits at most 3 s: a request arriving while another is being
    // answered is refused with 500 (here at once), and each answer takes a while.
    let busy = false;
    upstream = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (busy) {
        res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"error":"Request timed out"}');
        return;
      }
      busy = true;
      setTimeout(() => {
        busy = false;
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"file":"SECRET=1"}');
      }, 20);
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const free = createServer();
    await new Promise<void>((r) => free.listen(0, '127.0.0.1', r));
    guardPort = (free.address() as AddressInfo).port;
    await new Promise((r) => free.close(r));
    const upstreamPort = (upstream.address() as AddressInfo).port;
    guard = await startGuard({ guardPort, sitePort: 4321, upstreamPort });
  });
  afterAll(() => {
    guard.close();
    upstream.close();
  });

  const post = (host: string, origin?: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: guardPort,
          method: 'POST',
          path: '/api/v1',
          headers: { Host: host, 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) },
        },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end('{"action":"getEntry","params":{"path":".env"}}');
    });

  it('answers 403 to a foreign Host without reaching decap-server', async () => {
    const answer = await post(`rebind.evil.example:${guardPort}`, `http://rebind.evil.example:${guardPort}`);
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('SECRET');
    expect(seen).toEqual([]);
  });

  it('forwards the editor’s own requests', async () => {
    const answer = await post(`127.0.0.1:${guardPort}`, 'http://localhost:4321');
    expect(answer).toEqual({ status: 200, body: '{"file":"SECRET=1"}' });
    expect(seen).toEqual(['POST /api/v1']);
  });

  it('hands decap-server one request at a time: the editor asking for six files at once gets all six', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => post(`127.0.0.1:${guardPort}`, 'http://localhost:4321')),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });
});
