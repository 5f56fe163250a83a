import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { buildNextDeploy, precacheOf } from './support/build-next.ts';
import { OwnServer } from './support/own-server.ts';
import { catalog, museumOf, one, t } from './support/catalog.ts';

// Each test gets its own origin (port), so service workers and caches never leak between tests.
let nextPort = 4451;
let server: OwnServer;
test.beforeEach(async () => {
  server = new OwnServer(nextPort++ + test.info().workerIndex * 10);
  await server.start();
});
test.afterEach(async () => server.stop());

const recorded = catalog.exhibits.filter((e) => !!e.translations.vi?.fields.audio?.opus);
const first = recorded[0]!;
const museum = museumOf(first);
const unvisited = one(
  recorded,
  (e) => e.id !== first.id && museumOf(e) === museum,
  'a second exhibit with a recording in the same museum',
);
// The download card of that museum in Vietnamese (the page has one per museum and per destination).
const pack = `[data-pack="${museum}.vi"]`;

async function controlledPage(page: Page, path: string) {
  await page.goto(`${server.origin}${path}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

const audioTime = (page: Page) =>
  page.locator('narration-player audio').evaluate((a: HTMLAudioElement) => a.currentTime);

test('a visited exhibit reloads with the server stopped, and its narration plays and seeks from the cache', async ({
  page,
}) => {
  await controlledPage(page, `/vi/exhibits/${first.id}/`);
  await page.getByRole('button', { name: t('vi')('narration.play'), exact: true }).click();
  await expect.poll(() => audioTime(page)).toBeGreaterThan(0.5);
  const audioUrl = await page
    .locator('narration-player audio')
    .evaluate((a: HTMLAudioElement) => new URL(a.currentSrc).pathname);
  await expect.poll(() => page.evaluate((url) => caches.match(url).then((r) => !!r), audioUrl)).toBe(true);
  await page.getByRole('button', { name: t('vi')('narration.pause'), exact: true }).click();

  await server.stop();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('offline-status')).toBeHidden(); // the browser itself still thinks it is online
  await page.locator('.transcript .cue').nth(4).click();
  const cueStart = Number(await page.locator('.transcript li').nth(4).getAttribute('data-start'));
  await expect.poll(() => audioTime(page)).toBeGreaterThan(cueStart + 0.3);
});

test('after "Download the museum", an exhibit never visited opens and plays with the server stopped', async ({
  page,
}) => {
  // The pack now holds the photographs' phone sizes and zoom tiles too (about 7.5 MB, was 5.8 MB).
  test.setTimeout(90_000);
  await controlledPage(page, '/vi/downloads/');
  const start = page.locator(`${pack} [data-start]`);
  await expect(start).toBeEnabled();
  await expect(start).toContainText(/\d/); // the size is shown before starting
  // 3D models are a separate choice, with their own size.
  await expect(page.locator(`${pack} [data-models-choice]`)).toBeVisible();
  await expect(page.locator(`${pack} [data-models-size]`)).toContainText(/\d/);
  const withoutModels = await start.textContent();
  await page.locator(`${pack} [data-models]`).check();
  await expect(start).not.toHaveText(withoutModels!);
  await page.locator(`${pack} [data-models]`).uncheck();
  await start.click();
  await expect(page.locator(`${pack} [data-pack-message]`)).toHaveText(t('vi')('downloads.done'), {
    timeout: 60_000,
  });
  await expect(page.locator('[data-installed] li')).toHaveCount(1);

  await server.stop();
  await page.goto(`${server.origin}/vi/exhibits/${unvisited.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: t('vi')('narration.play'), exact: true }).click();
  await expect.poll(() => audioTime(page)).toBeGreaterThan(0.5);
  // A page outside the pack gets the offline page in its language, listing what is saved.
  await page.goto(`${server.origin}/vi/search/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('vi')('offline.title'));
  await expect(page.locator('[data-offline-pages] a').first()).toBeVisible();
});

test('a full disk during a download says so and leaves no partial pack', async ({ page }) => {
  await page.addInitScript(() => {
    // Storage that fills up after a few files, as on a phone with little space left.
    const open = caches.open.bind(caches);
    caches.open = async (name: string) => {
      const cache = await open(name);
      if (!name.startsWith('pack:')) return cache;
      let puts = 0;
      const put = cache.put.bind(cache);
      cache.put = async (...args: Parameters<Cache['put']>) => {
        if (++puts > 5) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put(...args);
      };
      return cache;
    };
  });
  await controlledPage(page, '/vi/downloads/');
  await page.locator(`${pack} [data-start]`).click();
  await expect(page.locator(`${pack} [data-pack-message]`)).toContainText(
    t('vi')('downloads.quota').split('(')[0]!.trim(),
  );
  expect(await page.evaluate(() => caches.keys().then((keys) => keys.filter((k) => k.startsWith('pack:'))))).toEqual(
    [],
  );
  await expect(page.locator('[data-installed] li')).toHaveText(t('vi')('downloads.none'));
});

test('the app can be installed: a manifest with icons, and a service worker', async ({ page }) => {
  await controlledPage(page, '/en/');
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
    return (await fetch(href)).json();
  });
  expect(manifest).toMatchObject({ start_url: '/en/', display: 'standalone', lang: 'en' });
  expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toContain('maskable');
  for (const icon of manifest.icons) expect((await page.request.get(`${server.origin}${icon.src}`)).status()).toBe(200);
  // Chromium's own verdict on whether the site can be installed; a test browser profile is always
  // "in-incognito", which says nothing about the site.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test('a new deploy is offered, not forced: accepting reloads into it, and unchanged files are not fetched again', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const nextDist = buildNextDeploy('e2e-next');
  const before = precacheOf('dist');
  const after = precacheOf(nextDist);
  const unchanged = [...after]
    .filter(([url, revision]) => before.has(url) && before.get(url) === revision)
    .map(([url]) => url);
  expect(unchanged.length).toBeGreaterThan(5);

  await controlledPage(page, '/en/');
  await expect(page.locator('.build-version')).not.toHaveText(t('en')('footer.version', { version: 'e2e-next' }));
  await server.stop();
  server.clearRequests();
  await server.start(nextDist);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  const prompt = page.locator('[data-update-prompt]');
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText(t('en')('update.ready'));
  // Until the visitor accepts, the page in front of them stays the old version.
  await expect(page.locator('.build-version')).not.toHaveText(t('en')('footer.version', { version: 'e2e-next' }));
  const fetchedForUpdate = server.requests.map((r) => r.split('?')[0]!);
  expect(fetchedForUpdate.filter((url) => unchanged.includes(url))).toEqual([]);
  await page.getByRole('button', { name: t('en')('update.reload') }).click();
  await expect(page.locator('.build-version')).toHaveText(t('en')('footer.version', { version: 'e2e-next' }));
});

test('offline, the page says so and marks links that would not open', async ({ page, context }) => {
  await controlledPage(page, `/en/exhibits/${first.id}/`);
  await expect(page.locator('offline-status')).toBeHidden();
  await context.setOffline(true);
  await expect(page.locator('offline-status')).toBeVisible();
  await expect(page.locator('offline-status .offline-badge')).toHaveText(t('en')('offline.status'));
  // The exhibit's own page was saved on the first visit; the search page never was.
  await expect(page.locator('.site-header a[href="/en/search/"]')).toHaveAttribute('data-unavailable', '');
  await expect(page.locator('.site-header a[href="/en/search/"] .offline-note')).toHaveText(
    ` ${t('en')('offline.unavailable')}`,
  );
  await context.setOffline(false);
  await expect(page.locator('offline-status')).toBeHidden();
  await expect(page.locator('a[data-unavailable]')).toHaveCount(0);
});

test('a pack saved in another language that has a newer version is offered for update on its own download page', async ({
  page,
}) => {
  const museum = catalog.museums[0]!;
  const packId = `${museum.id}.vi`;
  await controlledPage(page, '/en/downloads/');
  // A vi pack saved from an older deploy (only its record matters to the list).
  await page.evaluate(
    async ({ id, recordUrl }) => {
      const cache = await caches.open(`pack:${id}`);
      const record = { id, version: 'an-older-deploy', bytes: 1234, date: '2026-01-02', models: false };
      await cache.put(
        recordUrl,
        new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }),
      );
    },
    { id: packId, recordUrl: '/__offline-pack__' },
  );
  await page.reload();
  const item = page.locator(`[data-installed-pack="${packId}"]`);
  await expect(item).toContainText(t('en')('downloads.outdated'));
  const update = item.getByRole('link', { name: t('en')('downloads.update') });
  await expect(update).toHaveAttribute('href', '/vi/downloads/');
  await update.click();
  await expect(
    page.locator(`[data-installed-pack="${packId}"]`).getByRole('button', { name: t('vi')('downloads.update') }),
  ).toBeVisible();
});

test("offline, a page never opened gets the offline page in the visitor's language, saved on the first visit", async ({
  page,
}) => {
  // Only the default language's offline page is precached; the visitor's own is saved with their first page.
  await controlledPage(page, `/fr/exhibits/${first.id}/`);
  await expect
    .poll(() => page.evaluate(() => caches.match('/fr/offline/').then((r) => !!r)), { timeout: 15_000 })
    .toBe(true);
  await server.stop();
  await page.goto(`${server.origin}/fr/search/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('fr')('offline.title'));
});
