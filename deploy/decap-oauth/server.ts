/**
 * The OAuth endpoint under Node (24+): `node deploy/decap-oauth/server.ts` with GITHUB_CLIENT_ID,
 * GITHUB_CLIENT_SECRET, SITE_ORIGIN (and optionally GITHUB_SCOPE, PORT) in the environment, behind a
 * TLS-terminating proxy (the state cookie is Secure). See the README, "Editing content".
 */
import { createServer } from 'node:http';
import { handleOAuth, type OAuthEnv } from './handler.ts';

const required = ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET', 'SITE_ORIGIN'] as const;
const missing = required.filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(`Set ${missing.join(', ')} before starting the OAuth endpoint.`);
  process.exit(1);
}
const env = process.env as unknown as OAuthEnv;
const port = Number(process.env.PORT ?? 8787);

createServer(async (req, res) => {
  const host = req.headers['x-forwarded-host'] ?? req.headers.host ?? `localhost:${port}`;
  const proto = req.headers['x-forwarded-proto'] ?? 'https';
  const request = new Request(`${proto}://${host}${req.url ?? '/'}`, {
    method: req.method,
    headers: Object.entries(req.headers).flatMap(([k, v]) =>
      typeof v === 'string' ? [[k, v] as [string, string]] : [],
    ),
  });
  const response = await handleOAuth(request, env);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}).listen(port, () => console.log(`Decap OAuth endpoint on port ${port}`));
