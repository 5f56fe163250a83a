import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type Server,
  type ServerResponse,
} from 'node:http';

/**
 * decap-server (Decap's local backend) reads and writes any file of the checkout and checks no Host:
 * a web page whose name is re-pointed at 127.0.0.1 (DNS rebinding) could read .env through it, and
 * any page could post to it. So `npm run edit` puts this guard on decap-server's public port, with
 * decap-server itself on a port only the guard uses.
 */
export interface GuardPorts {
  /** The port the guard listens on: the one the editor in the browser talks to. */
  guardPort: number;
  /** The port of `astro dev`, where /admin/ runs: the one origin allowed to call. */
  sitePort: number;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Why the guard refuses a request, or null to let it through. */
export function guardRefusal(headers: Pick<IncomingHttpHeaders, 'host' | 'origin'>, ports: GuardPorts): string | null {
  const hosts = LOOPBACK_NAMES.map((name) => `${name}:${ports.guardPort}`);
  if (!headers.host || !hosts.includes(headers.host.toLowerCase())) {
    return `Host "${headers.host ?? ''}" is not this machine (expected ${hosts.join(', ')})`;
  }
  // No Origin: a same-origin GET or a tool such as curl on this machine; a page elsewhere always sends one.
  if (headers.origin === undefined) return null;
  const origins = LOOPBACK_NAMES.map((name) => `http://${name}:${ports.sitePort}`);
  if (!origins.includes(headers.origin.toLowerCase())) {
    return `Origin "${headers.origin}" is not the editor (expected ${origins.join(', ')})`;
  }
  return null;
}

/**
 * Listens on 127.0.0.1:`guardPort` and forwards to 127.0.0.1:`upstreamPort` what `guardRefusal`
 * lets through, one request at a time; answers 403 to the rest, naming why.
 *
 * One at a time because decap-server (git mode) runs each request under a lock it waits for at most
 * 3 s, then answers 500 "Request timed out". Decap asks for an entry's six language files at once; on
 * a busy machine the last ones timed out, the editor opened the entry without those languages, and
 * saving it then failed in Decap ("Cannot read properties of undefined"). Queued here, no request
 * waits for decap-server's lock.
 */
export function startGuard(ports: GuardPorts & { upstreamPort: number }): Promise<Server> {
  let queue: Promise<void> = Promise.resolve();
  const forward = (req: IncomingMessage, res: ServerResponse) =>
    new Promise<void>((done) => {
      // Done when the answer is sent or the browser went away, whichever comes first.
      res.once('close', done);
      if (req.destroyed) return done();
      const upstream = request(
        { host: '127.0.0.1', port: ports.upstreamPort, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('decap-server did not answer.\n');
      });
      req.pipe(upstream);
    });
  const server = createServer((req, res) => {
    const refusal = guardRefusal(req.headers, ports);
    if (refusal) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Refused: ${refusal}.\n`);
      return;
    }
    queue = queue.then(() => forward(req, res));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(ports.guardPort, '127.0.0.1', () => resolve(server));
  });
}
