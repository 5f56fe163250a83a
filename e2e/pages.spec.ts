import { expect, test } from './support/test.ts';
import { isStale, todayIn } from '../src/features/places/freshness.ts';
import { catalog, one, site, t, textOf } from './support/catalog.ts';

const museum = catalog.museums[0]!;
const firstGallery = catalog.galleries.filter((g) => g.museum === museum.id).sort((a, b) => a.order - b.order)[0]!;

test('home offers three ways in, each leading to a real page', async ({ page }) => {
  await page.goto('/en/');
  const ways = page.locator('.way a');
  await expect(ways).toHaveCount(3);
  for (const href of await ways.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    const response = await page.request.get(href!);
    expect(response.status(), href!).toBe(200);
  }
});

test('museum → gallery → exhibit → next stop', async ({ page }) => {
  await page.goto(`/en/museums/${museum.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(textOf(museum, 'en').fields.name);
  await page.getByRole('link', { name: new RegExp(textOf(firstGallery, 'en').fields.title) }).click();
  await expect(page).toHaveURL(`/en/galleries/${firstGallery.id}/`);
  const exhibits = catalog.exhibits.filter((e) => e.gallery === firstGallery.id);
  await expect(page.locator('.cards .card')).toHaveCount(exhibits.length);
  const first = exhibits[0]!;
  await page
    .getByRole('link', { name: new RegExp(textOf(first, 'en').fields.title) })
    .first()
    .click();
  await expect(page).toHaveURL(`/en/exhibits/${first.id}/`);
  await expect(page.locator('.facts')).toContainText(first.code);
  await expect(page.locator('.transcript')).toContainText(first.translations.en!.body.split(/[.!?]/)[0]!.slice(0, 40));
  const next = page.locator('a[rel="next"]');
  if (exhibits.length > 1) {
    await next.click();
    await expect(page).toHaveURL(`/en/exhibits/${exhibits[1]!.id}/`);
  }
});

test('each destination lists its places by category with their counts', async ({ page }) => {
  const destination = catalog.destinations[0]!;
  await page.goto('/en/places/');
  await page.locator(`[data-destination="${destination.id}"] h2 a`).click();
  await expect(page).toHaveURL(`/en/destinations/${destination.id}/`);
  for (const category of site.placeCategories) {
    const count = catalog.places.filter((p) => p.destination === destination.id && p.category === category.id).length;
    const section = page.locator(`section:has(h2#category-${category.id})`);
    if (count === 0) {
      await expect(section).toHaveCount(0);
      continue;
    }
    await expect(section.locator('.place-item')).toHaveCount(count);
  }
});

test('a place shows who verified it and when, linking to the expert', async ({ page }) => {
  const place = catalog.places[0]!;
  const expert = catalog.experts.find((e) => e.id === place.verifiedBy)!;
  await page.goto(`/en/places/${place.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(textOf(place, 'en').fields.name);
  await page.getByRole('link', { name: expert.name }).click();
  await expect(page).toHaveURL(`/en/experts/${expert.id}/`);
  await expect(page.locator('.place-list .place-item')).toHaveCount(
    catalog.places.filter((p) => p.verifiedBy === expert.id).length,
  );
});

test('a listing past its re-check date says so', async ({ page }) => {
  const today = todayIn(site.timezone);
  const stale = one(catalog.places, (p) => isStale(p.verifiedOn, site.freshnessDays, today), 'stale listing');
  const fresh = one(catalog.places, (p) => !isStale(p.verifiedOn, site.freshnessDays, today), 'fresh listing');
  await page.goto(`/vi/places/${stale.id}/`);
  await expect(page.locator('[data-stale]')).toBeVisible();
  await page.goto(`/vi/places/${fresh.id}/`);
  await expect(page.locator('[data-stale]')).toHaveCount(0);
});

test.describe('short links from the QR code', () => {
  test.use({ locale: 'ko-KR' });
  test('open the exhibit in the visitor language', async ({ page }) => {
    const exhibit = catalog.exhibits[0]!;
    await page.goto(`/x/${exhibit.code.toLowerCase()}/`);
    await expect(page).toHaveURL(`/ko/exhibits/${exhibit.id}/`);
  });
});

test('an unknown address under a language answers 404 in that language', async ({ page }) => {
  const response = await page.goto('/ko/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('ko')('notfound.title'));
  await expect(page.getByRole('link', { name: t('ko')('notfound.home') })).toHaveAttribute('href', '/ko/');
});

test('any other unknown address answers 404 with a way back in every language', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  for (const lang of site.languages) {
    await expect(page.locator(`section[lang^="${lang}"] a[href="/${lang}/"]`)).toHaveText(t(lang)('notfound.home'));
  }
});

test('search finds an exhibit in the page language', async ({ page }) => {
  const exhibit = catalog.exhibits[0]!;
  const title = textOf(exhibit, 'en').fields.title;
  await page.goto('/en/search/');
  await page.getByRole('textbox').fill(title);
  const result = page.locator('.pagefind-ui__result-link').first();
  await expect(result).toHaveAttribute('href', `/en/exhibits/${exhibit.id}/`);
});

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  const exhibit = catalog.exhibits[0]!;
  const place = catalog.places[0]!;
  for (const path of [
    '/vi/',
    `/vi/museums/${museum.id}/`,
    `/vi/exhibits/${exhibit.id}/`,
    '/vi/places/',
    `/vi/places/${place.id}/`,
    '/ja/scan/',
  ]) {
    test(`${path} needs no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });
  }
});

test('the museums page leads to every museum, with where it is and how much there is to see', async ({ page }) => {
  await page.goto('/en/museums/');
  const items = page.locator('[data-museum]');
  await expect(items).toHaveCount(catalog.museums.length);
  for (const m of catalog.museums) {
    const item = page.locator(`[data-museum="${m.id}"]`);
    await expect(item.getByRole('link', { name: textOf(m, 'en').fields.name })).toHaveAttribute(
      'href',
      `/en/museums/${m.id}/`,
    );
    const destination = one(catalog.destinations, (d) => d.id === m.destination, `destination ${m.destination}`);
    await expect(item.getByRole('link', { name: textOf(destination, 'en').fields.name })).toBeVisible();
    const galleries = catalog.galleries.filter((g) => g.museum === m.id).length;
    await expect(item).toContainText(`${galleries} ${galleries === 1 ? 'gallery' : 'galleries'}`);
  }
  // The menu's "Museums" is this page when there are several.
  if (catalog.museums.length > 1)
    await expect(
      page.getByRole('navigation', { name: t('en')('nav.main') }).getByRole('link', { name: 'Museums' }),
    ).toHaveAttribute('href', '/en/museums/');
});
