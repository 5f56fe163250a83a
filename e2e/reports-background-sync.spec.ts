import { catalog, one, t } from './support/catalog.ts';
import { freePort } from './support/free-port.ts';
import { type SiteWithReports, startSiteWithReports } from './support/site-with-reports.ts';
import { expect, test } from './support/test.ts';

/*
 * The service worker's own copy of a report (Workbox background sync): sent while the server cannot
 * be reached, kept by the worker after the visitor closed the page, and delivered when the browser
 * fires the queue's sync event. Playwright's offline does not reach a worker's requests, so the
 * server itself is stopped (nginx, as deployed, in front of the real service); the sync event is fired
 * the way DevTools' "Background services" panel does (CDP ServiceWorker.dispatchSyncEvent), since
 * Chromium fires it on its own only when it sees the connection come back, or minutes later.
 */
const vi = t('vi');
const place = one(catalog.places, (p) => p.id === 'bai-chay-beach', 'the place bai-chay-beach');
const QUEUE_TAG = 'workbox-background-sync:visitor-reports';

let site: SiteWithReports;
test.beforeEach(async () => {
  site = await startSiteWithReports('sqlite', await freePort());
});
test.afterEach(() => site?.stop());

/** The reports stored on the place, as its expert reads them. */
async function notesOnPlace(): Promise<string[]> {
  const signIn = await site.service.inject({
    method: 'POST',
    url: '/api/auth/local',
    payload: { expert: place.verifiedBy },
  });
  const cookies = Object.fromEntries(signIn.cookies.map((c) => [c.name, c.value]));
  const answer = await site.service.inject({ method: 'GET', url: '/api/reports', cookies });
  const body = answer.json() as { listings: { id: string; reports: { note: string | null }[] }[] };
  return (body.listings.find((l) => l.id === place.id)?.reports ?? []).map((r) => r.note ?? '');
}

test('a report sent while the server is unreachable is kept by the service worker after the page is closed, and delivered once by background sync', async ({
  context,
  page,
}) => {
  await page.goto(`${site.origin}/vi/places/${place.id}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  const form = page.locator('report-problem');
  await form.getByText(vi('reports.open'), { exact: true }).click();
  await form.getByRole('radio', { name: vi('reports.kind.closed') }).check();
  const note = 'Gửi qua service worker';
  await form.getByLabel(vi('reports.note')).fill(note);

  await site.unreachable();
  await form.getByRole('button', { name: vi('reports.send') }).click();
  await expect(form.getByRole('status')).toHaveText(vi('reports.waiting'));
  // The visitor leaves: only the worker's queue holds the report now.
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const registrationId = await new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL === `${site.origin}/` && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  const worker = await context.newPage();
  await page.close();

  await site.reachable();
  expect(await notesOnPlace()).not.toContain(note);
  const sync = await context.newCDPSession(worker);
  await sync.send('ServiceWorker.enable');
  await sync.send('ServiceWorker.dispatchSyncEvent', {
    origin: site.origin,
    registrationId,
    tag: QUEUE_TAG,
    lastChance: false,
  });
  await expect.poll(notesOnPlace, { timeout: 15_000 }).toContain(note);
  expect((await notesOnPlace()).filter((n) => n === note)).toHaveLength(1);
});
