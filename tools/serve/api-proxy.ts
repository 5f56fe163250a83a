import { type IncomingMessage, request, type ServerResponse } from 'node:http';

/**
 * Forwards a request to the reports service on loopback, as deploy/nginx.conf's `location /api/`
 * does in production, adding X-Forwarded-For so the service tells visitors' networks apart.
 */
export function proxyToReports(port: number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = request(
      {
        host: '127.0.0.1',
        port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': forwarded },
      },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'the reports service is not running; your report stays on your phone' }));
    });
    req.pipe(upstream);
  };
}
