/**
 * The reports service's entry point (`npm run reports`), run by Node beside the static site; never
 * bundled into a page. Configuration comes from the environment:
 * - DATABASE_URL: a PostgreSQL address (postgres://user@host/db); without it, SQLite in
 *   REPORTS_DATA_DIR (default data/) as reports.sqlite;
 * - REPORTS_PORT (default 4322), REPORTS_HOST (default 127.0.0.1: nginx proxies /api/ to it);
 * - REPORTS_TRUST_PROXY: the proxy's address (e.g. 127.0.0.1), so visitors' networks are told apart.
 */
import { join } from 'node:path';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { buildReportsService } from './app.ts';
import { openReportsDatabase } from './database.ts';
import { listingsFromCatalog } from './listings.ts';
import { ReportStore } from './report-store.ts';
import { signInConfigFromEnv } from './sign-in.ts';

export const RETENTION = { networkDays: 3, closedDays: 180 };

const env = process.env;
const db = await openReportsDatabase({
  databaseUrl: env.DATABASE_URL || undefined,
  sqliteFile: join(env.REPORTS_DATA_DIR ?? 'data', 'reports.sqlite'),
});
const store = new ReportStore(db);
const listings = listingsFromCatalog(loadCatalog(process.cwd()));
const app = await buildReportsService({
  store,
  listings,
  trustProxy: env.REPORTS_TRUST_PROXY || false,
  signIn: signInConfigFromEnv(env),
  // Raised only by the load bench, whose every request comes from one loopback address.
  limits: {
    perDevicePerHour: Number(env.REPORTS_LIMIT_PER_DEVICE ?? 10),
    perNetworkPerHour: Number(env.REPORTS_LIMIT_PER_NETWORK ?? 60),
  },
  logger: { serializers: { req: (request) => ({ method: request.method, url: request.url }) } },
});
const purge = () => store.purge(new Date(), RETENTION).catch((error) => app.log.error(error));
await purge();
const timer = setInterval(purge, 3_600_000);
timer.unref();

const port = Number(env.REPORTS_PORT ?? 4322);
await app.listen({ port, host: env.REPORTS_HOST ?? '127.0.0.1' });
console.log(`Reports service on port ${port}, storing in ${env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, async () => {
    await app.close();
    await db.destroy();
    process.exit(0);
  });
