/**
 * `npm run serve`: serves dist/ on 127.0.0.1 (port from --port or PORT, default 4321) with byte ranges,
 * production cache headers and localized 404 pages. Build first with `npm run build`.
 * With --reports (`npm start`), it also runs the visitor reports service (SQLite under data/, no
 * setup) on the next port and forwards /api/ to it, as nginx does in production.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { proxyToReports } from '../serve/api-proxy.ts';
import { staticSite } from '../serve/static-site.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    dir: { type: 'string' },
    reports: { type: 'boolean' },
  },
});
const dist = values.dir ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`There is no built site in ${dist}/. Run "npm run build" first.`);
  process.exit(1);
}
const port = Number(values.port ?? process.env.PORT ?? 4321);
const host = values.host ?? '127.0.0.1';
const { languages } = loadCatalog(process.cwd()).site;
const site = staticSite(dist, languages);
let listener = site;
if (values.reports) {
  const reportsPort = Number(process.env.REPORTS_PORT ?? port + 1);
  const service = spawn(process.execPath, ['src/features/reports/server/main.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      REPORTS_PORT: String(reportsPort),
      REPORTS_TRUST_PROXY: '127.0.0.1',
      // Plain http on loopback: the session cookie cannot be Secure here.
      REPORTS_INSECURE_COOKIES: '1',
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      service.kill('SIGTERM');
      process.exit(0);
    });
  service.on('exit', (code) => console.error(`The reports service stopped (exit code ${code}).`));
  const api = proxyToReports(reportsPort);
  listener = (req, res) => (req.url?.startsWith('/api/') ? api(req, res) : site(req, res));
}
createServer(listener).listen(port, host, () => {
  console.log(`Serving ${dist}/ at http://${host}:${port}/ (Ctrl+C to stop)`);
});
