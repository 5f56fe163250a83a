/**
 * The OAuth endpoint under Node (24+): `node deploy/decap-oauth/server.ts` with GITHUB_CLIENT_ID,
 * GITHUB_CLIENT_SECRET, SITE_ORIGIN (and optionally GITHUB_SCOPE, PORT, TRUST_FORWARDED_HOST=1 behind
 * a proxy that sets X-Forwarded-Host) in the environment, behind a TLS-terminating proxy (the state
 * cookie is Secure). See the README, "Editing content".
 */
import { createServer } from 'node:http';
import { githubScope, type OAuthEnv } from './handler.ts';
import { oauthListener } from './node-server.ts';

const required = ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET', 'SITE_ORIGIN'] as const;
const missing = required.filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(`Set ${missing.join(', ')} before starting the OAuth endpoint.`);
  process.exit(1);
}
const env = process.env as unknown as OAuthEnv;
try {
  githubScope(env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8787);
const trustForwardedHost = process.env.TRUST_FORWARDED_HOST === '1';

createServer(oauthListener(env, { trustForwardedHost })).listen(port, () =>
  console.log(`Decap OAuth endpoint on port ${port} (scope ${githubScope(env)})`),
);
