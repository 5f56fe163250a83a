import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { startTempPostgres, type TempPostgres } from '../../tools/postgres/temp-postgres.ts';
import { proxyToReports } from '../../tools/serve/api-proxy.ts';
import { type NginxServer, startNginx } from '../../tools/serve/nginx.ts';
import { staticSite } from '../../tools/serve/static-site.ts';
import { buildReportsService } from '../../src/features/reports/server/app.ts';
import { openReportsDatabase, type ReportsDb } from '../../src/features/reports/server/database.ts';
import { listingsFromCatalog } from '../../src/features/reports/server/listings.ts';
import { ReportStore } from '../../src/features/reports/server/report-store.ts';
import { catalog, site } from './catalog.ts';
import { nodeServerChosen } from './web-server.ts';

export const REPORT_DATABASES = ['sqlite', 'postgres'] as const;
export type ReportDatabase = (typeof REPORT_DATABASES)[number];

export interface SiteWithReports {
  origin: string;
  /** The service itself, for a second site (the editor's `astro dev`) to reach it (support/reports-service.ts). */
  service: FastifyInstance;
  /** Stops the web server in front (nginx), so the phone's requests fail as with no network. */
  unreachable(): Promise<void>;
  /** Starts it again at the same address. */
  reachable(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The built site with the real reports service behind /api/, as deployed: nginx with
 * deploy/nginx.conf (E2E_SERVER=node: the Node server of `npm start`) in front of the Fastify service
 * on a fresh database, SQLite or a throwaway PostgreSQL. The service runs in the test's process on a
 * free port; experts sign in by id (local sign-in), so a test reads what was stored through the API.
 */
export async function startSiteWithReports(database: ReportDatabase, port: number): Promise<SiteWithReports> {
  const postgres: TempPostgres | undefined = database === 'postgres' ? await startTempPostgres() : undefined;
  let db: ReportsDb | undefined;
  let service: FastifyInstance | undefined;
  let nginx: NginxServer | undefined;
  let node: Server | undefined;
  let front = async () => {};
  const stopFront = async () => {
    await nginx?.stop();
    if (node) {
      node.closeAllConnections();
      await new Promise((done) => node?.close(done));
    }
    nginx = undefined;
    node = undefined;
  };
  const stop = async () => {
    await stopFront();
    await service?.close();
    await db?.destroy();
    postgres?.stop();
  };
  try {
    db = await openReportsDatabase({ databaseUrl: postgres?.url, sqliteFile: ':memory:' });
    service = await buildReportsService({
      store: new ReportStore(db),
      listings: listingsFromCatalog(catalog),
      trustProxy: '127.0.0.1',
      signIn: { admins: [], localSignIn: true, secureCookies: false },
    });
    await service.listen({ port: 0, host: '127.0.0.1' });
    const reportsPort = (service.server.address() as { port: number }).port;
    front = async () => {
      if (nodeServerChosen()) {
        const api = proxyToReports(reportsPort);
        const files = staticSite('dist', site.languages);
        node = createServer((req, res) => (req.url?.startsWith('/api/') ? api(req, res) : files(req, res)));
        await new Promise<void>((done) => node?.listen(port, '127.0.0.1', done));
      } else {
        const prefix = join(process.cwd(), '.tmp', `nginx-${port}`);
        nginx = await startNginx({ projectRoot: process.cwd(), root: 'dist', port, prefix, reportsPort });
      }
    };
    await front();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    service: service as FastifyInstance,
    unreachable: stopFront,
    reachable: () => front(),
    stop,
  };
}
