import { type APIRequestContext, request } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { catalog, one, t, textOf } from './support/catalog.ts';
import { freePort } from './support/free-port.ts';
import { REPORT_DATABASES, type SiteWithReports, startSiteWithReports } from './support/site-with-reports.ts';

// A visitor's report from a place page and from the map's selected place, through nginx to the real
// service on each database, read back as the place's expert reads it (the service's API after her
// sign-in). The service worker is blocked: with the network off it would still reach the server
// (Playwright's offline does not cover a worker's requests), so the page's own outbox keeps the report.
test.use({ serviceWorkers: 'block' });

const vi = t('vi');
const place = one(catalog.places, (p) => p.id === 'bai-chay-beach', 'the place bai-chay-beach');

/** The open reports on `placeId` that its expert reads through the service's API. */
async function reportsOn(api: APIRequestContext, placeId: string) {
  const response = await api.get('/api/reports');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    listings: { kind: string; id: string; reports: { kind: string; note: string | null }[] }[];
  };
  return body.listings.find((l) => l.kind === 'place' && l.id === placeId)?.reports ?? [];
}

for (const database of REPORT_DATABASES) {
  test.describe(`with the service on ${database}`, () => {
    // One site and service per database, started once: the tests share them, one after another.
    test.describe.configure({ mode: 'serial' });
    let site: SiteWithReports;
    let expert: APIRequestContext;

    test.beforeAll(async () => {
      test.info().setTimeout(90_000);
      // A port nothing listens on: other specs (the editor's) take the ports right after E2E_PORT.
      site = await startSiteWithReports(database, await freePort());
      expert = await request.newContext({ baseURL: site.origin });
      const signIn = await expert.post('/api/auth/local', { data: { expert: place.verifiedBy } });
      expect(signIn.status()).toBe(200);
    });
    test.afterAll(async () => {
      await expert?.dispose();
      await site?.stop();
    });

    test('a report sent from a place page by keyboard is stored, and its expert reads it', async ({ page }) => {
      await page.goto(`${site.origin}/vi/places/${place.id}/`);
      const form = page.locator('report-problem');
      await form.getByText(vi('reports.open'), { exact: true }).focus();
      await page.keyboard.press('Enter');
      await form.getByRole('radio', { name: vi('reports.kind.price') }).check();
      await form.getByLabel(vi('reports.note')).fill('Vé vào cửa giờ là 50.000 đồng');
      await form.getByRole('button', { name: vi('reports.send') }).press('Enter');
      await expect(form.getByRole('status')).toHaveText(vi('reports.received'));
      expect(await reportsOn(expert, place.id)).toContainEqual(
        expect.objectContaining({ kind: 'price', note: 'Vé vào cửa giờ là 50.000 đồng' }),
      );
    });

    test('a report made with the network off waits on the phone and is stored once the network returns', async ({
      page,
      context,
    }) => {
      await page.goto(`${site.origin}/vi/places/${place.id}/`);
      const form = page.locator('report-problem');
      await form.getByText(vi('reports.open'), { exact: true }).click();
      await context.setOffline(true);
      await form.getByRole('radio', { name: vi('reports.kind.closed') }).check();
      await form.getByLabel(vi('reports.note')).fill('Offline: cổng khóa');
      await form.getByRole('button', { name: vi('reports.send') }).click();
      await expect(form.getByRole('status')).toHaveText(vi('reports.waiting'));
      expect(await reportsOn(expert, place.id)).not.toContainEqual(
        expect.objectContaining({ note: 'Offline: cổng khóa' }),
      );

      // No reload: the page notices the connection is back and sends what it kept.
      await context.setOffline(false);
      await expect(form.getByRole('status')).toHaveText(vi('reports.received'));
      const stored = await reportsOn(expert, place.id);
      expect(stored.filter((r) => r.note === 'Offline: cổng khóa')).toEqual([
        expect.objectContaining({ kind: 'closed' }),
      ]);
    });

    test('a place selected on the map has "Report a problem": sent offline, stored when the network returns', async ({
      page,
      context,
    }) => {
      await page.goto(`${site.origin}/vi/map/${place.destination}/?place=${place.id}`);
      await expect(page.locator('place-map[data-ready]')).toBeAttached({ timeout: 15_000 });
      const selected = page.locator('[data-selected]');
      await expect(selected.getByRole('heading', { level: 2 })).toHaveText(textOf(place, 'vi').fields.name);
      // The form's code is not part of the map page: it arrives when the visitor opens the form.
      expect(await page.evaluate(() => customElements.get('report-problem') === undefined)).toBe(true);
      const form = selected.locator('report-problem');
      await form.getByText(vi('reports.open'), { exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => customElements.get('report-problem') !== undefined)).toBe(true);

      await context.setOffline(true);
      await form.getByRole('radio', { name: vi('reports.kind.location') }).check();
      await form.getByLabel(vi('reports.note')).fill('Bản đồ: lối vào ở phía đông');
      await form.getByRole('button', { name: vi('reports.send') }).click();
      await expect(form.getByRole('status')).toHaveText(vi('reports.waiting'));
      await context.setOffline(false);
      await expect(form.getByRole('status')).toHaveText(vi('reports.received'));
      expect((await reportsOn(expert, place.id)).filter((r) => r.note === 'Bản đồ: lối vào ở phía đông')).toEqual([
        expect.objectContaining({ kind: 'location' }),
      ]);
    });

    if (database === 'sqlite')
      test('on the map, a report sent before the form’s code has arrived is held, then sent: the page never submits it as an address', async ({
        page,
      }) => {
        let release = () => {};
        const arrived = new Promise<void>((done) => {
          release = done;
        });
        await page.route(/\/_astro\/report-problem\.[^/]*\.js$/, async (route) => {
          await arrived;
          await route.continue();
        });
        const address = `${site.origin}/vi/map/${place.destination}/?place=${place.id}`;
        await page.goto(address);
        await expect(page.locator('place-map[data-ready]')).toBeAttached({ timeout: 15_000 });
        const form = page.locator('[data-selected] report-problem');
        await form.getByText(vi('reports.open'), { exact: true }).click();
        await form.getByRole('radio', { name: vi('reports.kind.hours') }).check();
        await form.getByLabel(vi('reports.note')).fill('Gửi sớm');
        await form.getByRole('button', { name: vi('reports.send') }).click();
        await page.waitForTimeout(300);
        expect(new URL(page.url()).searchParams.has('kind')).toBe(false);
        await expect(form.locator('[data-report-status]')).toBeEmpty();
        release();
        await expect(form.getByRole('status')).toHaveText(vi('reports.received'));
        expect(new URL(page.url()).searchParams.has('kind')).toBe(false);
        expect((await reportsOn(expert, place.id)).filter((r) => r.note === 'Gửi sớm')).toEqual([
          expect.objectContaining({ kind: 'hours' }),
        ]);
      });
  });
}
