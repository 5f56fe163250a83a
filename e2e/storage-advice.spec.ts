import { expect, test } from './support/test.ts';
import { t } from './support/catalog.ts';

// The downloads page's advice on how long downloads stay; the same checks run in WebKit and Firefox in
// e2e-engines/. Here, Chromium as an Android phone and as an iPhone's browser (all iOS browsers are WebKit).
const iPhone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.7204.119 Mobile/15E148 Safari/604.1';

test('an Android visitor can ask the browser to keep the downloads, and reads its answer', async ({ page }) => {
  const fr = t('fr');
  await page.goto('/fr/downloads/');
  const advice = page.locator('storage-advice');
  await expect(advice.getByRole('heading', { name: fr('downloads.keepTitle') })).toBeVisible();
  await expect(advice.getByText(fr('downloads.sevenDays'))).toBeHidden();
  await advice.getByRole('button', { name: fr('downloads.persistAsk') }).click();
  // Chromium decides by itself (granted to an installed or much-used site): either answer is shown.
  const answer = advice.getByRole('status');
  await expect(answer).not.toBeEmpty();
  expect([fr('downloads.persisted'), fr('downloads.persistRefused')]).toContain(await answer.textContent());
  await expect(advice.getByRole('button', { name: fr('downloads.persistAsk') })).toBeHidden();
});

test.describe('on an iPhone', () => {
  test.use({ userAgent: iPhone });
  test('the downloads page says Safari keeps them 7 days without a visit unless the site is on the Home Screen', async ({
    page,
  }) => {
    const ko = t('ko');
    await page.goto('/ko/downloads/');
    await expect(page.locator('storage-advice').getByText(ko('downloads.sevenDays'))).toBeVisible();
  });
});
