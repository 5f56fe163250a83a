import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { responseHeaders } from '../../src/features/deploy/response-headers.ts';

/**
 * Serves a built site the way deploy/nginx.conf does: byte ranges (audio seeking), the same headers
 * (src/features/deploy/response-headers.ts: hashed assets cached for a year, the rest revalidated, security
 * headers), and the not-found page in the visitor's language with a 404. Used by `npm start` where
 * nginx is not installed; the browser tests run against nginx itself (tools/serve/nginx.ts).
 */
export function staticSite(dist: string, languages: readonly string[]): RequestListener {
  const files = sirv(dist, {
    etag: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      for (const [name, value] of Object.entries(responseHeaders(pathname))) res.setHeader(name, value);
      if (pathname.startsWith('/audio/') && pathname.endsWith('.webm')) res.setHeader('Content-Type', 'audio/webm');
      if (pathname.endsWith('.vtt')) res.setHeader('Content-Type', 'text/vtt; charset=utf-8');
      if (pathname.endsWith('.webmanifest')) res.setHeader('Content-Type', 'application/manifest+json');
    },
  });
  return (req: IncomingMessage, res: ServerResponse) => {
    files(req, res, () => notFound(req, res, dist, languages));
  };
}

function notFound(req: IncomingMessage, res: ServerResponse, dist: string, languages: readonly string[]): void {
  const lang = /^\/([a-z]{2,3})\//.exec(req.url ?? '')?.[1];
  const localized = lang && languages.includes(lang) ? join(dist, lang, '404', 'index.html') : '';
  const page = localized && existsSync(localized) ? localized : join(dist, '404.html');
  res.writeHead(404, { ...responseHeaders(req.url ?? '/'), 'Content-Type': 'text/html; charset=utf-8' });
  res.end(existsSync(page) ? readFileSync(page) : 'Not found');
}

/**
 * Serves a built site on 127.0.0.1, for tools and tests that render its pages (the label PDF, the
 * offline tests, which stop and restart it on the same port). `port` 0 picks a free one.
 */
export async function serveSite(
  dist: string,
  languages: readonly string[],
  options: { port?: number; onRequest?: (path: string) => void } = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const site = staticSite(dist, languages);
  const server = createServer((req, res) => {
    options.onRequest?.(req.url ?? '/');
    site(req, res);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold the port and keep answering: this is "the server is off".
        server.closeAllConnections();
      }),
  };
}
