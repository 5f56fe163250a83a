import { expect, test } from './support/test.ts';
import { catalog, one, site, t, textOf } from './support/catalog.ts';

const exhibit = one(catalog.exhibits, (e) => !!e.translations.en, 'exhibit with an English text');

test.describe('choosing the language at /', () => {
  test.use({ locale: 'fr-FR' });
  test('follows the browser language', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('prefers the language the visitor chose before', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('lang', 'ja'));
    await page.goto('/');
    await expect(page).toHaveURL(/\/ja\/$/);
  });
});

test.describe('with a language the site does not offer', () => {
  test.use({ locale: 'de-DE' });
  test('falls back to the default language', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${site.defaultLanguage}/$`));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/ offers every language as a link', async ({ page }) => {
    await page.goto('/');
    for (const lang of site.languages) {
      await expect(page.getByRole('link', { name: t(lang)('lang.name'), exact: true })).toHaveAttribute(
        'href',
        `/${lang}/`,
      );
    }
  });
});

test('the language switcher keeps the visitor on the same page and remembers the choice', async ({ page }) => {
  await page.goto(`/vi/exhibits/${exhibit.id}/`);
  await page.locator('.lang-switcher summary').click();
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(`/en/exhibits/${exhibit.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(textOf(exhibit, 'en').fields.title);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
});

test('pages name their language and their alternates', async ({ page }) => {
  await page.goto(`/ko/exhibits/${exhibit.id}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const alternates = page.locator('link[rel="alternate"][hreflang]');
  await expect(alternates).toHaveCount(site.languages.length + 1);
  await expect(page.locator('link[hreflang="zh-Hans"]')).toHaveAttribute(
    'href',
    `${site.baseUrl}/zh/exhibits/${exhibit.id}/`,
  );
  await expect(page).toHaveTitle(new RegExp(textOf(exhibit, 'ko').fields.title));
});
