import { todayIn } from '../src/features/places/freshness.ts';
import { urls } from '../src/urls.ts';
import { catalog, one, site, t } from './support/catalog.ts';
import { useEditSite } from './support/edit-site.ts';
import { ReportsService } from './support/reports-service.ts';
import { test } from './support/test.ts';

/*
 * "Mark fixed" re-verifies the listing: the reports view settles its open reports in the service and
 * opens it in the real editor (`npm run edit` on a throwaway copy, as in admin.spec.ts) with "Verified
 * on" already today, ready to save into the review workflow. The copy runs on ports nothing else
 * listens on (EditSite.start).
 */
const place = one(catalog.places, (p) => p.verifiedOn !== todayIn(site.timezone), 'place verified before today');
// The entry's own language pane comes first (Decap shows another language's pane beside it).
const verifiedOnInput = (page: import('@playwright/test').Page) =>
  page.locator('div:has(> [data-verified-today]) > input[type="date"]').first();

const { site: editSite, expect: siteExpect } = useEditSite();
const expect = siteExpect.configure({ timeout: 30_000 });
test.use({ serviceWorkers: 'block' });

let service: ReportsService;
test.beforeAll(async () => {
  service = await ReportsService.start();
});
test.afterAll(async () => {
  await service?.close();
});

test('Mark fixed settles the listing’s reports and opens it in the editor verified today; the plain editor leaves the date alone', async ({
  page,
  context,
}) => {
  const today = todayIn(site.timezone);
  await service.report({ kind: 'place', id: place.id }, 'hours');
  await service.report({ kind: 'place', id: place.id }, 'price');
  await service.signIn(context, editSite.origin, place.verifiedBy);
  await service.serve(page, editSite.origin);

  // The editor opened as before ("Confirm and edit", or a link): the file's date stays.
  await editSite.openEditor(page, urls.editEntry('places', place.id).replace('/admin/#/', ''));
  // The first entry form of a fresh `astro dev` waits for Vite to bundle Decap: allow it time.
  await expect(verifiedOnInput(page)).toHaveValue(place.verifiedOn, { timeout: 120_000 });
  await expect(page.locator('[data-verified-from-report]')).toHaveCount(0);

  await page.goto(`${editSite.origin}${urls.expertReports('en')}`);
  const first = page.locator(`expert-reports section[data-listing="${place.id}"] li`).first();
  await first.getByRole('button', { name: t('en')('reports.view.fixed') }).click();

  await expect(page).toHaveURL(`${editSite.origin}${urls.editEntry('places', place.id)}`, { timeout: 120_000 });
  await expect(verifiedOnInput(page)).toHaveValue(today);
  await expect(page.locator('[data-verified-from-report]')).toHaveText(
    t(site.defaultLanguage)('cms.verified.fromReport'),
  );
  // Both reports on the listing are settled, not only the one clicked.
  expect(await service.unsettled()).toEqual([]);
});
