import { devices } from '@playwright/test';
import { todayIn } from '../src/features/places/freshness.ts';
import { formatDate } from '../src/i18n/locale.ts';
import { urls } from '../src/urls.ts';
import { catalog, site, t, textOf } from './support/catalog.ts';
import { useEditSite } from './support/edit-site.ts';
import { freePort } from './support/free-port.ts';
import { serveApi, signInTo } from './support/reports-service.ts';
import { REPORT_DATABASES, startSiteWithReports } from './support/site-with-reports.ts';
import { listenForCspViolations, test } from './support/test.ts';

/*
 * Issue #18 from end to end, once per database: a visitor on a phone reports wrong opening hours from a
 * place page with the network off (the deployed site: nginx with deploy/nginx.conf in front of the real
 * reports service on SQLite or a throwaway PostgreSQL); the report waits, then arrives when the network
 * returns. The expert who verified the place signs in (the local sign-in), finds it in the reports
 * view of the editing copy (`npm run edit`: astro dev + decap-server on a throwaway copy, its /api/
 * answered by the same service), marks it fixed, corrects the hours in the editor, which opens with
 * "Verified on" already today, and publishes. The copy's place page then shows the new hours and the
 * new date, and the report is no longer open.
 *
 * The service worker is blocked on the phone: Playwright's offline does not cover a worker's own
 * requests, so its background sync would reach the server anyway; the page's outbox is what is tested.
 */
const { site: editSite, expect } = useEditSite();
test.use({ serviceWorkers: 'block' });

const vi = t('vi');
// Open places verified before today with plain daily hours, one per database (the copy is shared, and
// the second must still have a date to change), verified by different experts.
const candidates = catalog.places.filter(
  (p) =>
    p.status === 'open' &&
    p.verifiedOn < todayIn(site.timezone) &&
    /^Mo-Su \d\d:\d\d-\d\d:\d\d$/.test(p.openingHours ?? ''),
);
const first = candidates[0];
const second = candidates.find((p) => p.verifiedBy !== first?.verifiedBy);
if (!first || !second)
  throw new Error('The demo content needs two open places with daily hours, verified before today by two experts.');
const cases = {
  sqlite: { place: first, hours: 'Mo-Su 09:15-17:45', shown: '09:15–17:45' },
  postgres: { place: second, hours: 'Mo-Su 08:45-18:15', shown: '08:45–18:15' },
};
// The entry's own language pane comes first (Decap shows another language's pane beside it).
const verifiedOnInput = (page: import('@playwright/test').Page) =>
  page.locator('div:has(> [data-verified-today]) > input[type="date"]').first();

for (const database of REPORT_DATABASES) {
  const { place, hours, shown } = cases[database];
  test(`on ${database}: a report made offline reaches the place's expert, who marks it fixed, corrects the listing in the editor, and the place page changes`, async ({
    browser,
    page,
    context,
  }) => {
    // The site's day (Asia/Ho_Chi_Minh) may turn while the test runs: "today" is either of these.
    const firstDay = todayIn(site.timezone);
    const reports = await startSiteWithReports(database, await freePort());
    const phone = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'block' });
    const phoneViolations: string[] = [];
    try {
      // The visitor, on the deployed site, with the network off.
      await listenForCspViolations(phone, phoneViolations);
      const visitor = await phone.newPage();
      await visitor.goto(`${reports.origin}/vi/places/${place.id}/`);
      const form = visitor.locator('report-problem');
      await form.getByText(vi('reports.open'), { exact: true }).click();
      await phone.setOffline(true);
      await form.getByRole('radio', { name: vi('reports.kind.hours') }).check();
      const note = `Giờ mới: ${shown}`;
      await form.getByLabel(vi('reports.note')).fill(note);
      await form.getByRole('button', { name: vi('reports.send') }).click();
      await expect(form.getByRole('status')).toHaveText(vi('reports.waiting'));
      await phone.setOffline(false);
      await expect(form.getByRole('status')).toHaveText(vi('reports.received'));

      // The place's expert, at her desk: signed in to the service and to the editor.
      await signInTo(reports.service, context, editSite.origin, place.verifiedBy);
      await serveApi(reports.service, page, editSite.origin);
      await page.goto(`${editSite.origin}${urls.expertReports('vi')}`);
      const listing = page.locator(`expert-reports section[data-listing="${place.id}"]`);
      await expect(listing.getByRole('heading', { level: 2 })).toHaveText(textOf(place, 'vi').fields.name);
      const report = listing.getByRole('listitem');
      await expect(report).toHaveCount(1);
      await expect(report).toContainText(vi('reports.kind.hours'));
      await expect(report.locator('blockquote')).toHaveText(note);
      await report.getByRole('button', { name: vi('reports.view.fixed') }).click();

      // The editor asks her to log in, then opens the listing with "Verified on" today; she corrects
      // the hours and publishes.
      await editSite.logIn(page);
      await expect(page).toHaveURL(`${editSite.origin}${urls.editEntry('places', place.id)}`);
      await expect(page.locator('[data-verified-from-report]')).toBeVisible({ timeout: 60_000 });
      const verifiedOn = await verifiedOnInput(page).inputValue();
      expect([firstDay, todayIn(site.timezone)]).toContain(verifiedOn);
      const hoursField = page.getByPlaceholder('Mo-Su 08:00-17:00').first();
      await expect(hoursField).toHaveValue(place.openingHours ?? '');
      await hoursField.fill(hours);
      await expect(page.locator('[data-hours-status="valid"]').first()).toBeVisible();
      await editSite.saveReviewPublish(page);
      await editSite.published('places', place.id);

      // The place's page shows the new hours and the new date…
      await page.goto(`${editSite.origin}/vi/places/${place.id}/`);
      await expect(page.locator('table.hours')).toContainText(shown);
      await expect(page.locator('p.verified')).toContainText(formatDate(verifiedOn, 'vi'));
      await expect(page.locator('p.verified')).not.toContainText(formatDate(place.verifiedOn, 'vi'));
      // …and the expert has no open report left.
      await page.goto(`${editSite.origin}${urls.expertReports('vi')}`);
      await expect(page.locator('expert-reports [data-report-list]')).toHaveText(vi('reports.view.none'));
      expect(phoneViolations).toEqual([]);
    } finally {
      await phone.close();
      await reports.stop();
    }
  });
}
