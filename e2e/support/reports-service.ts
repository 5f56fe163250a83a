import type { BrowserContext, Page } from '@playwright/test';
import { buildReportsService } from '../../src/features/reports/server/app.ts';
import { openReportsDatabase } from '../../src/features/reports/server/database.ts';
import { listingsFromCatalog } from '../../src/features/reports/server/listings.ts';
import { ReportStore } from '../../src/features/reports/server/report-store.ts';
import { SESSION_COOKIE } from '../../src/features/reports/server/sign-in.ts';
import { catalog } from './catalog.ts';

type Service = Awaited<ReturnType<typeof buildReportsService>>;

/**
 * The real reports service (routes, sign-in, store) on an in-memory SQLite database, answering a
 * page's /api/ requests inside the test process: no port, no nginx upstream to reconfigure, and each
 * test its own reports. Experts sign in with the local sign-in, as `npm start` allows in tests.
 */
export class ReportsService {
  readonly app: Service;
  readonly store: ReportStore;
  private constructor(app: Service, store: ReportStore) {
    this.app = app;
    this.store = store;
  }

  static async start(): Promise<ReportsService> {
    const store = new ReportStore(await openReportsDatabase({ sqliteFile: ':memory:' }));
    const app = await buildReportsService({
      store,
      listings: listingsFromCatalog(catalog),
      signIn: { admins: [], localSignIn: true, secureCookies: false },
    });
    return new ReportsService(app, store);
  }

  /** A visitor's report on a listing, from its own device (the rate limit counts per device). */
  async report(listing: { kind: 'place' | 'exhibit'; id: string }, kind = 'hours', note = 'Opens at 9 now') {
    const device = `e2e-device-${Math.random().toString(36).slice(2, 12)}`;
    const response = await this.app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: { clientReportId: `${device}-report`, deviceId: device, listing, kind, note },
    });
    if (response.statusCode !== 201) throw new Error(`the service refused the report: ${response.body}`);
  }

  /** Signs `expert` in and gives the browser the session cookie for `origin`. */
  signIn(context: BrowserContext, origin: string, expert: string): Promise<void> {
    return signInTo(this.app, context, origin, expert);
  }

  /** The page's requests to `origin`/api/ go to this service, cookies included, as nginx sends them. */
  serve(page: Page, origin: string): Promise<void> {
    return serveApi(this.app, page, origin);
  }

  /** The reports not yet settled (open or confirmed), as the store holds them. */
  unsettled() {
    return this.store.list({ states: ['open', 'confirmed'] });
  }

  close(): Promise<void> {
    return this.app.close();
  }
}

/** Signs `expert` in on `app` (the local sign-in) and gives the browser the session cookie for `origin`. */
export async function signInTo(app: Service, context: BrowserContext, origin: string, expert: string): Promise<void> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/local', payload: { expert } });
  const session = response.cookies.find((cookie) => cookie.name === SESSION_COOKIE);
  if (!session) throw new Error(`no session for ${expert}: ${response.body}`);
  await context.addCookies([{ name: SESSION_COOKIE, value: session.value, url: origin }]);
}

/**
 * The page's requests to `origin`/api/ go to `app` in the test's process, cookies included, as nginx
 * sends them: a site with no /api/ of its own (the editor's `astro dev`) then talks to the service.
 */
export async function serveApi(app: Service, page: Page, origin: string): Promise<void> {
  await page.route(`${origin}/api/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const answer = await app.inject({
      method: request.method() as 'GET',
      url: `${url.pathname}${url.search}`,
      headers: await request.allHeaders(),
      payload: request.postData() ?? undefined,
    });
    await route.fulfill({
      status: answer.statusCode,
      headers: Object.fromEntries(Object.entries(answer.headers).map(([k, v]) => [k, String(v)])),
      body: answer.rawPayload,
    });
  });
}
