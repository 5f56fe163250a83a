import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test } from './support/test.ts';
import { loadCatalog } from '../src/content/loader/load-catalog.ts';
import { isStale, todayIn } from '../src/features/places/freshness.ts';
import { useEditSite } from './support/edit-site.ts';

/*
 * The editor against decap-server, as a local expert uses it: `npm run edit` on a throwaway copy of the
 * site in its own git repository (the real content/ is never touched), Decap at /admin/ in git mode with
 * the editorial workflow. The site is the development server of that copy, so "the rebuilt site" is what
 * astro dev renders from the published files; the full static build of the copy is not run here (it
 * takes minutes on the test machine) — the content check that gates the build is.
 * The copy runs on ports nothing else listens on (EditSite.start).
 */
const { site, expect } = useEditSite();

/** Decap's react-select: focus the field's combobox, type to search, pick a choice by its text. */
async function choose(page: Page, fieldLabel: string, option: string, typed?: string) {
  await page.getByRole('combobox', { name: fieldLabel, exact: true }).first().click();
  if (typed) await page.keyboard.type(typed);
  await page.getByRole('option', { name: option, exact: true }).first().click();
}

/** The destination the new listing is added to: the first, where the demo's places are. */
const destinationId = 'ha-long';
const pinDropped = (page: Page) => page.locator('[data-coordinate="lat"]').first();

test('an expert creates a place with vi and en text, a pin and opening hours; it is reviewed, published and shown', async ({
  page,
}) => {
  await site.openEditor(page, 'collections/places/new');
  await choose(page, 'Điểm đến', 'Hạ Long – Quảng Ninh', 'Hạ');
  await choose(page, 'Loại địa điểm', '🍜 Nhà hàng');

  // The pin: a click on the map, no tiles needed. The numbers beside it follow.
  const map = page.locator('[data-map-point] [role="application"]').first();
  await map.click({ position: { x: 300, y: 140 } });
  await expect(pinDropped(page)).not.toHaveValue('');
  const lat = Number(await pinDropped(page).inputValue());
  const lon = Number(await page.locator('[data-coordinate="lon"]').first().inputValue());
  expect(lat).toBeGreaterThan(20.55);
  expect(lon).toBeGreaterThan(106.35);

  const hours = page.getByPlaceholder('Mo-Su 08:00-17:00').first();
  await hours.fill('Mo-Sa 07:00-21:00; Su 08:00-20:00');
  await expect(page.locator('[data-hours-status="valid"]').first()).toBeVisible();

  await choose(page, 'Người xác minh', 'Trần Minh Đức', 'Trần');
  await page.locator('[data-verified-today]').first().click();

  const names = page.getByLabel('Tên', { exact: true });
  await names.nth(0).fill('Quán bún cá Cô Đào');
  await names.nth(1).fill('Miss Dao’s fish noodle soup');
  const summaries = page.getByLabel('Tóm tắt một câu (không bắt buộc)', { exact: true });
  await summaries.nth(0).fill('Bún cá rô đồng nấu kiểu Hạ Long, mở từ sáng sớm.');
  await summaries.nth(1).fill('Fish noodle soup the Hạ Long way, open from early morning.');

  await site.saveReviewPublish(page);

  const slug = 'quan-bun-ca-co-dao';
  await site.published('places', slug);
  const vi = join(site.root, 'content/places', `${slug}.vi.md`);
  const en = join(site.root, 'content/places', `${slug}.en.md`);
  expect(existsSync(vi) && existsSync(en)).toBe(true);

  // The files hold exactly what the loader expects: shared fields in vi, text in each language.
  const catalog = loadCatalog(site.root);
  const place = catalog.places.find((p) => p.id === slug);
  expect(place).toMatchObject({
    destination: 'ha-long',
    category: 'restaurant',
    coordinates: { lat, lon },
    openingHours: 'Mo-Sa 07:00-21:00; Su 08:00-20:00',
    verifiedBy: 'tran-minh-duc',
    verifiedOn: todayIn(catalog.site.timezone),
    status: 'open',
  });
  expect(place?.translations.vi?.fields.name).toBe('Quán bún cá Cô Đào');
  expect(place?.translations.en?.fields).toEqual({
    name: 'Miss Dao’s fish noodle soup',
    summary: 'Fish noodle soup the Hạ Long way, open from early morning.',
  });
  expect(readFileSync(en, 'utf8')).not.toMatch(/category|coordinates/);

  // `npm run check` on the copy passes, as the build's first step would.
  execFileSync(process.execPath, ['tools/cli/check-content.ts', site.root], { cwd: join(import.meta.dirname, '..') });

  // The site shows it: its page in both languages and the destination list. astro dev hears of the
  // published files from its watcher, a moment after decap-server wrote them (longer on a busy machine).
  const text = (path: string) => async () => (await fetch(`${site.origin}${path}`)).text();
  await expect.poll(text(`/vi/places/${slug}/`), { timeout: 30_000 }).toContain('Quán bún cá Cô Đào');
  await expect.poll(text(`/en/places/${slug}/`), { timeout: 30_000 }).toContain('Miss Dao’s fish noodle soup');
  await expect.poll(text(`/vi/destinations/${destinationId}/`), { timeout: 30_000 }).toContain(`/vi/places/${slug}/`);
  // …and on the map, found by its name.
  await page.goto(`${site.origin}/vi/map/${destinationId}/?q=${encodeURIComponent('bún cá Cô Đào')}`);
  await expect(page.locator('[data-list] > li')).toHaveCount(1);
  await expect(page.locator('[data-list] > li a').first()).toHaveAttribute('href', `/vi/places/${slug}/`);
});

test('marking a stale listing as verified today removes its freshness badge', async ({ page }) => {
  const catalog = loadCatalog(site.root);
  const today = todayIn(catalog.site.timezone);
  const stale = catalog.places.find((p) => isStale(p.verifiedOn, catalog.site.freshnessDays, today));
  if (!stale) throw new Error('the demo content has no stale listing to test with');
  const before = await (await fetch(`${site.origin}/vi/places/${stale.id}/`)).text();
  expect(before).toContain('data-stale');

  await site.openEditor(page, `collections/places/entries/${stale.id}`);
  await page.locator('[data-verified-today]').first().click();
  // The site's day may turn while the test runs (it did, at midnight in Hanoi): today is either day.
  const dateField = page.locator('input[type="date"]').first();
  await expect(dateField).not.toHaveValue(stale.verifiedOn);
  const verifiedOn = await dateField.inputValue();
  expect([today, todayIn(catalog.site.timezone)]).toContain(verifiedOn);
  await site.saveReviewPublish(page);

  await site.published('places', stale.id);
  expect(readFileSync(join(site.root, stale.file), 'utf8')).toMatch(new RegExp(`verifiedOn: ["']?${verifiedOn}`));
  await expect
    .poll(async () => (await fetch(`${site.origin}/vi/places/${stale.id}/`)).text(), { timeout: 30_000 })
    .not.toContain('data-stale');
});

test('invalid coordinates and opening hours are refused in the editor with a clear message', async ({ page }) => {
  await site.openEditor(page, 'collections/places/new');
  // The pin must be inside the chosen destination's area: Hạ Long's, not Đà Nẵng's, nor both together.
  await choose(page, 'Điểm đến', 'Hạ Long – Quảng Ninh', 'Hạ');
  await page.locator('[data-coordinate="lat"]').first().fill('16.05');
  await page.locator('[data-coordinate="lon"]').first().fill('108.2');
  await expect(
    page.getByText('Điểm này nằm ngoài vùng mà hướng dẫn bao quát (vĩ độ 20.55–21.65').first(),
  ).toBeVisible();
  await page.locator('[data-coordinate="lat"]').first().fill('21.9');
  await page.locator('[data-coordinate="lon"]').first().fill('107.1');
  await expect(
    page.getByText('Điểm này nằm ngoài vùng mà hướng dẫn bao quát (vĩ độ 20.55–21.65').first(),
  ).toBeVisible();
  await page.getByPlaceholder('Mo-Su 08:00-17:00').first().fill('Mo-Su 8h-17h');
  await expect(page.getByText(/Không đọc được giờ mở cửa này:/).first()).toBeVisible();
  await page.getByLabel('Tên', { exact: true }).nth(0).fill('Sai chỗ');

  const branchesBefore = site.git('branch', '--list', 'cms/*');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  // Decap lists the errors and does not save: no draft branch appears.
  await expect(page.getByText(/Không đọc được giờ mở cửa này/).first()).toBeVisible();
  await page.waitForTimeout(1500);
  expect(site.git('branch', '--list', 'cms/*')).toBe(branchesBefore);
  await expect(page.getByText('Thay đổi đã được lưu')).toHaveCount(0);
});
