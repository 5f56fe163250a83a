import { isStale, todayIn } from '../src/features/places/freshness.ts';
import { catalog, site, t } from './support/catalog.ts';
import { ReportsService } from './support/reports-service.ts';
import { expect, test } from './support/test.ts';

// The editors' home and the freshness report are static pages; the signed-in expert's open reports
// are asked of the reports service as each page loads (here the real service, in the test process).
test.use({ serviceWorkers: 'block' });

const today = todayIn(site.timezone);
// An expert with a stale listing (on the freshness report) and another listing besides.
const stale = catalog.places.filter((p) => p.status !== 'closed' && isStale(p.verifiedOn, site.freshnessDays, today));
const expert = stale.map((p) => p.verifiedBy).find((e) => catalog.places.filter((p) => p.verifiedBy === e).length > 1);
if (!expert)
  throw new Error('The demo content has no expert with a stale listing and another one; the test needs one.');
const staleListing = stale.find((p) => p.verifiedBy === expert)!;
const otherListing = catalog.places.find((p) => p.verifiedBy === expert && p.id !== staleListing.id)!;

let service: ReportsService;
test.beforeEach(async () => {
  service = await ReportsService.start();
  await service.report({ kind: 'place', id: staleListing.id }, 'hours');
  await service.report({ kind: 'place', id: staleListing.id }, 'closed');
  await service.report({ kind: 'place', id: otherListing.id }, 'price');
  // Someone else's listing: not the signed-in expert's to count.
  const someoneElses = catalog.places.find((p) => p.verifiedBy !== expert)!;
  await service.report({ kind: 'place', id: someoneElses.id }, 'price');
});
test.afterEach(() => service.close());

test('a signed-in expert sees her open reports beside her listing on the freshness report and in total on the editors’ home', async ({
  page,
  context,
  baseURL,
}) => {
  const en = t('en');
  await service.signIn(context, baseURL!, expert);
  await service.serve(page, baseURL!);

  await page.goto('/en/editors/freshness/');
  const listing = page.locator(`li[data-place="${staleListing.id}"]`);
  await expect(listing.locator('[data-open-reports]')).toHaveText(en('reports.counts.listing', { count: 2 }));
  await expect(listing.getByRole('link', { name: en('reports.counts.listing', { count: 2 }) })).toHaveAttribute(
    'href',
    '/en/editors/reports/',
  );
  // Only her listing with reports carries a count.
  await expect(page.locator('[data-open-reports]')).toHaveCount(1);

  await page.goto('/vi/editors/');
  const total = page.locator('[data-open-reports-total]');
  await expect(total).toBeVisible();
  await expect(total.getByRole('link')).toHaveText(t('vi')('reports.counts.total', { count: 3 }));
  await expect(total.getByRole('link')).toHaveAttribute('href', '/vi/editors/reports/');
});

test('an anonymous visitor, or a site without the reports service, sees the pages as built', async ({
  page,
  baseURL,
}) => {
  const en = t('en');
  const asBuilt = async (status: number) => {
    for (const path of ['/en/editors/freshness/', '/en/editors/']) {
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/reports/counts'));
      await page.goto(path);
      expect((await answered).status()).toBe(status);
      await expect(page.locator('open-report-counts[data-counted]')).toBeAttached();
      await expect(page.locator('[data-open-reports]')).toHaveCount(0);
      await expect(page.locator('[data-open-reports-total]')).toBeHidden();
    }
    await expect(page.getByRole('link', { name: en('reports.view.title') })).toBeVisible();
  };
  await service.serve(page, baseURL!);
  await asBuilt(200);
  // Static hosting: /api/ is just a missing page.
  await page.unrouteAll();
  await page.route(/\/api\//, (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' }),
  );
  await asBuilt(404);
});
