import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './support/payload-site.ts';
import { expect, test } from './support/test.ts';
import { serveFixture, variantSite } from './support/variant-site.ts';

/*
 * The same code built from other content: a seventh language (Russian) added as content only, a
 * second museum with its own code prefix, and the single-venue setting. Two small fixture sites are
 * built for real (`astro build`), once for the file.
 */
test.describe.configure({ mode: 'serial', timeout: 600_000 });

let full = '';
let venue = '';
test.beforeAll(() => {
  test.setTimeout(600_000);
  full = variantSite('variant-full');
  buildSite(full);
  venue = variantSite('variant-venue', 'venue: { museum: test-museum }\n');
  buildSite(venue);
});
test.afterAll(() => {
  for (const root of [full, venue]) if (root) rmSync(root, { recursive: true, force: true });
});

test.describe('a seventh language added as content only', () => {
  test('its pages are built in it, named and tagged as it', async ({ page }) => {
    await serveFixture(page, join(full, 'dist'));
    await page.goto('http://fixture.test/ru/museums/test-museum/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тестовый музей');
    await expect(page.getByRole('link', { name: 'Главная' }).first()).toBeVisible();
    await page.goto('http://fixture.test/ru/exhibits/bronze-drum/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бронзовый барабан');
  });

  test('the other languages offer it, and the language chooser lists it', async ({ page }) => {
    await serveFixture(page, join(full, 'dist'));
    await page.goto('http://fixture.test/en/museums/test-museum/');
    await expect(page.locator('a[hreflang="ru"]').first()).toHaveAttribute('href', '/ru/museums/test-museum/');
    const chooser = readFileSync(join(full, 'dist/index.html'), 'utf8');
    expect(chooser).toContain('Русский');
  });
});

test.describe('short codes per museum prefix', () => {
  test('/x/CH-101/ and /x/TM-101/ each open their own museum’s exhibit', async ({ page }) => {
    await serveFixture(page, join(full, 'dist'));
    await page.goto('http://fixture.test/x/CH-101/');
    await expect(page).toHaveURL(/\/exhibits\/apsara-dancer\/$/);
    await page.goto('http://fixture.test/x/tm-101/');
    await expect(page).toHaveURL(/\/exhibits\/bronze-drum\/$/);
  });

  test('the home page lists both museums and the destination', async ({ page }) => {
    await serveFixture(page, join(full, 'dist'));
    await page.goto('http://fixture.test/en/');
    await expect(page.locator('[data-home-museums] li')).toHaveCount(2);
    await expect(page.locator('[data-home-destinations] li')).toHaveCount(1);
  });
});

test.describe('a single-venue site (site.yaml venue: { museum: test-museum })', () => {
  test('only that museum’s pages exist', () => {
    const dist = join(venue, 'dist');
    expect(existsSync(join(dist, 'en/museums/test-museum/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'en/exhibits/bronze-drum/index.html'))).toBe(true);
    for (const other of [
      'en/museums/second-museum/index.html',
      'en/exhibits/apsara-dancer/index.html',
      'en/places/squid-cake-shop/index.html',
      'en/destinations/test-bay/index.html',
      'en/map/test-bay/index.html',
      'x/ch-101/index.html',
    ])
      expect(existsSync(join(dist, other)), other).toBe(false);
  });

  test('the home page goes straight to the museum', async ({ page }) => {
    await serveFixture(page, join(venue, 'dist'));
    await page.goto('http://fixture.test/ru/');
    await expect(page).toHaveURL('http://fixture.test/ru/museums/test-museum/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тестовый музей');
    await expect(page.getByRole('link', { name: 'Карта', exact: true })).toHaveCount(0);
  });
});
