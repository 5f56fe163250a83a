/**
 * `npm run serve`: serves dist/ on 127.0.0.1 (port from --port or PORT, default 4321) with byte ranges,
 * production cache headers and localized 404 pages. Build first with `npm run build`.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { staticSite } from '../serve/static-site.ts';

const { values } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' }, dir: { type: 'string' } },
});
const dist = values.dir ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`There is no built site in ${dist}/. Run "npm run build" first.`);
  process.exit(1);
}
const port = Number(values.port ?? process.env.PORT ?? 4321);
const host = values.host ?? '127.0.0.1';
const { languages } = loadCatalog(process.cwd()).site;
createServer(staticSite(dist, languages)).listen(port, host, () => {
  console.log(`Serving ${dist}/ at http://${host}:${port}/ (Ctrl+C to stop)`);
});
