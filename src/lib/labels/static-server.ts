import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/**
 * The file under `root` that a request path names, as the static host serves it (`/a/` → `/a/index.html`),
 * or undefined for a path outside `root` or one that does not exist.
 */
export function fileForRequest(root: string, requestPath: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestPath, 'http://host').pathname);
  } catch {
    return undefined;
  }
  const base = normalize(root.endsWith(sep) ? root : `${root}${sep}`);
  const candidate = normalize(join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  if (!candidate.startsWith(base)) return undefined;
  try {
    return statSync(candidate).isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port, so a browser loads the built pages as the host would. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const file = fileForRequest(root, request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
