import { expect, test } from './support/test.ts';
import { catalog } from './support/catalog.ts';
import { OwnServer } from './support/own-server.ts';

const destination = catalog.destinations[0]!.id;

// Its own origins (ports apart from offline.spec.ts), so service workers and caches never leak.
let nextPort = 4611;
let server: OwnServer;
test.beforeEach(async () => {
  server = new OwnServer(nextPort++ + test.info().workerIndex * 10);
  await server.start();
});
test.afterEach(async () => server.stop());

test('a visited map reopens with the server stopped: basemap, clusters and the list, from the cache', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('map.onlineLayer', 'off'));
  await page.goto(`${server.origin}/vi/map/${destination}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  // The first visit may finish before the worker controls the page: load once more under its control.
  await page.reload();
  await expect(page.locator('place-map[data-basemap-ready][data-ready]')).toBeAttached({ timeout: 15_000 });
  for (const url of [`/basemap/${destination}.json`, `/vi/map/${destination}/places.json`, `/vi/map/${destination}/`])
    await expect.poll(() => page.evaluate((u) => caches.match(u).then((r) => !!r), url)).toBe(true);

  await server.stop();
  await page.reload();
  await expect(page.locator('place-map[data-basemap-ready][data-ready]')).toBeAttached({ timeout: 15_000 });
  await expect(page.locator('path.basemap-land')).toHaveCount(1);
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  const open = catalog.places.filter((p) => p.destination === destination && p.status !== 'closed').length;
  await expect(page.locator('[data-list] > li')).toHaveCount(Math.min(50, open));
});
