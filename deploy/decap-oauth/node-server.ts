import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { handleOAuth, type OAuthEnv } from './handler.ts';

export type NodeServerOptions = {
  /**
   * Build the callback address from X-Forwarded-Host / X-Forwarded-Proto. Only behind a proxy that
   * sets them (TRUST_FORWARDED_HOST=1): otherwise any client could choose the host we redirect with.
   */
  trustForwardedHost: boolean;
  /** GitHub's token endpoint is reached through this (the tests point it at a local stub). */
  fetcher?: typeof fetch;
};

/** A host name or IPv4/IPv6 literal, with an optional port: what a URL's authority may hold. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The endpoint as a Node request listener. Every failure stays inside its own request: a malformed
 * Host is a 400, GitHub failing is a 502 (handler.ts), anything unexpected a 500, and the server goes
 * on serving everyone else. (Before, one `Host: a b` threw "Failed to parse URL" out of the listener
 * and the process exited.)
 */
export function oauthListener(env: OAuthEnv, options: NodeServerOptions): RequestListener {
  return (req, res) => {
    answer(req, res, env, options).catch((error: unknown) => {
      console.error(`OAuth endpoint: ${req.method} ${req.url}: ${error instanceof Error ? error.message : error}`);
      if (!res.headersSent) plain(res, 500, 'The sign-in endpoint failed on this request.');
      else res.destroy();
    });
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, env: OAuthEnv, options: NodeServerOptions) {
  const forwarded = (name: string) => {
    const value = options.trustForwardedHost ? req.headers[name] : undefined;
    return typeof value === 'string' ? value.split(',')[0]?.trim() : undefined;
  };
  const host = forwarded('x-forwarded-host') ?? req.headers.host ?? '';
  if (!HOST.test(host)) return plain(res, 400, 'Bad Host header.');
  const proto = forwarded('x-forwarded-proto') === 'http' ? 'http' : 'https';
  const path = req.url?.startsWith('/') ? req.url : '/';
  const request = new Request(new URL(path, `${proto}://${host}`), {
    method: req.method,
    headers: Object.entries(req.headers).flatMap(([k, v]) =>
      typeof v === 'string' ? [[k, v] as [string, string]] : [],
    ),
  });
  const response = await handleOAuth(request, env, options.fetcher);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

function plain(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(message);
}
