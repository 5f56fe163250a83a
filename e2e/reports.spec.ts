import { expect, test } from './support/test.ts';
import { t } from './support/catalog.ts';

// The visitor's side of reports, with the service replaced by routes: the service itself is tested
// on both databases in src/features/reports/server/. The service worker is blocked so the page's own
// outbox (the fallback for browsers without Background Sync) is what keeps the report.
test.use({ serviceWorkers: 'block' });

test('a report made offline waits on the phone and is received once the service answers', async ({ page }) => {
  // Two page loads, a form filled by keyboard, on a machine shared with other test runs.
  test.setTimeout(90_000);
  const vi = t('vi');
  const posted: unknown[] = [];
  let online = false;
  await page.route('**/api/reports/status/**', (route) => route.fulfill({ json: { notices: [], checkedBy: null } }));
  await page.route('**/api/reports', async (route) => {
    if (!online) return route.abort('internetdisconnected');
    posted.push(route.request().postDataJSON());
    return route.fulfill({ status: 201, json: { id: 'x', clientReportId: 'y', receivedAt: new Date().toISOString() } });
  });
  await page.goto('/vi/places/bai-chay-beach/');
  const form = page.locator('report-problem');
  const summary = form.getByText(vi('reports.open'), { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  await form.getByRole('radio', { name: vi('reports.kind.hours') }).check();
  await form.getByLabel(vi('reports.note')).fill('Mở cửa lúc 9 giờ');
  await form.getByRole('button', { name: vi('reports.send') }).click();
  await expect(form.getByRole('status')).toHaveText(vi('reports.waiting'));

  // Later, on another page load with the network back: the outbox sends it by itself.
  online = true;
  await page.reload();
  await expect(page.locator('report-problem').getByRole('status')).toHaveText(vi('reports.received'));
  expect(posted).toEqual([
    expect.objectContaining({
      listing: { kind: 'place', id: 'bai-chay-beach' },
      kind: 'hours',
      note: 'Mở cửa lúc 9 giờ',
    }),
  ]);
});

test('a problem visitors agree on is shown on the place page as text, with the expert who will check it', async ({
  page,
}) => {
  const en = t('en');
  const since = new Date(Date.now() - 3 * 86_400_000).toISOString();
  await page.route('**/api/reports/status/**', (route) =>
    route.fulfill({ json: { notices: [{ kind: 'closed', since, confirmed: false }], checkedBy: 'x' } }),
  );
  await page.goto('/en/places/bai-chay-beach/');
  const notice = page.locator('report-problem .report-notices p');
  await expect(notice).toContainText(`“${en('reports.kind.closed')}” 3 days ago, awaiting a check by`);
});

test('an expert reads the open reports on her listings as text, and dismisses one', async ({ page }) => {
  const en = t('en');
  const states: string[] = [];
  await page.route('**/api/auth/me', (route) => route.fulfill({ json: { expert: 'tran-minh-duc', admin: false } }));
  await page.route('**/api/reports', (route) =>
    route.fulfill({
      json: {
        listings: [
          {
            kind: 'place',
            id: 'bai-chay-beach',
            reports: [
              {
                id: 'r1',
                kind: 'closed',
                note: '<img src=x onerror=alert(1)>',
                state: 'open',
                receivedAt: '2026-11-30T08:00:00Z',
              },
            ],
          },
        ],
      },
    }),
  );
  await page.route('**/api/reports/r1/state', (route) => {
    states.push(route.request().postDataJSON().state);
    return route.fulfill({ json: { id: 'r1', state: 'dismissed' } });
  });
  await page.goto('/en/editors/reports/');
  const report = page.locator('expert-reports li[data-report="r1"]');
  await expect(report).toContainText(en('reports.kind.closed'));
  await expect(report.locator('blockquote')).toHaveText('<img src=x onerror=alert(1)>');
  await expect(page.locator('expert-reports img')).toHaveCount(0);
  await report.getByRole('button', { name: en('reports.view.dismiss') }).click();
  await expect(report).toHaveCount(0);
  expect(states).toEqual(['dismissed']);
});

test('the reports view offers the GitHub sign-in to someone not signed in', async ({ page }) => {
  const en = t('en');
  await page.route('**/api/auth/me', (route) => route.fulfill({ status: 401, json: { error: 'not signed in' } }));
  await page.goto('/en/editors/reports/');
  await expect(page.getByRole('link', { name: en('reports.view.signIn') })).toHaveAttribute('href', '/api/auth/github');
});
