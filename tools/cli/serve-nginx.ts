/**
 * `npm run serve:nginx`: serves dist/ with nginx and deploy/nginx.conf exactly as a deployment would,
 * on 127.0.0.1 (port from --port or PORT, default 4321), running as the current user with its pid,
 * logs and temporary files in .tmp/nginx-{port}/. The browser tests use it as their web server.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startNginx } from '../serve/nginx.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, dir: { type: 'string' } } });
const dist = values.dir ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`There is no built site in ${dist}/. Run "npm run build" first.`);
  process.exit(1);
}
const port = Number(values.port ?? process.env.PORT ?? 4321);
const projectRoot = join(import.meta.dirname, '..', '..');
try {
  const server = await startNginx({
    projectRoot,
    root: dist,
    port,
    prefix: join(projectRoot, '.tmp', `nginx-${port}`),
  });
  console.log(`nginx serves ${dist}/ with deploy/nginx.conf at ${server.origin}/ (Ctrl+C to stop)`);
  const stop = () => {
    server.stop().then(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
