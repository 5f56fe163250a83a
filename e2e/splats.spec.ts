import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { getCatalog } from '../src/content/catalog.ts';
import { t } from './support/catalog.ts';
import { expect, test } from './support/test.ts';

// The demo exhibit with a (generated) splat, and the scene it stands in.
const exhibit = getCatalog().exhibits.find((e) => e.splat)!;
const scene = getCatalog().galleries.find((g) => g.id === exhibit.gallery)!.scene!;

/** Share of pixels in the middle third of `box` that differ clearly from `background` (r, g, b). */
async function middleCoverage(target: Locator, background?: [number, number, number]) {
  const png = PNG.sync.read(await target.screenshot());
  const at = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!] as const;
  };
  const bg = background ?? at(2, 2);
  let differing = 0;
  let total = 0;
  for (let y = Math.floor(png.height / 3); y < (2 * png.height) / 3; y += 3)
    for (let x = Math.floor(png.width / 3); x < (2 * png.width) / 3; x += 3) {
      const [r, g, b] = at(x, y);
      total++;
      if (Math.abs(r - bg[0]) + Math.abs(g - bg[1]) + Math.abs(b - bg[2]) > 40) differing++;
    }
  return differing / total;
}

/** Holds the detailed level's response until `release` is called, and logs when it finished. */
async function holdDetail(page: Page) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const log: string[] = [];
  await page.route('**/splats/**/phone.spz', async (route) => {
    log.push('detail requested');
    await released;
    await route.continue();
  });
  page.on('requestfinished', (request) => {
    if (request.url().endsWith('/phone.spz')) log.push('detail finished');
  });
  return { release, log };
}

test('the exhibit page shows its splat: poster and button first, nothing 3D loaded, then the coarse level before the detailed one arrives', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const splatRequests: string[] = [];
  page.on('request', (r) => {
    if (/\.spz$|spark|progressive-splat/.test(r.url())) splatRequests.push(r.url());
  });
  const detail = await holdDetail(page);
  await page.goto(`/en/exhibits/${exhibit.id}/`);
  const view = page.locator('splat-view');
  await expect(view).toHaveAttribute('data-state', 'poster');
  await expect(page.getByText(t('en')('splat.generated'))).toBeVisible();
  expect(splatRequests).toEqual([]);
  const stage = view.locator('[data-splat-stage]');
  await page.getByRole('button', { name: /View in 3D/ }).click();
  // The coarse level is drawn while the detailed file is still held back.
  await expect(view).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
  expect(detail.log).not.toContain('detail finished');
  const coarse = await middleCoverage(stage.locator('canvas'), [0x11, 0x12, 0x14]);
  expect(coarse).toBeGreaterThan(0.15); // the jar fills the middle of the view
  detail.release();
  await expect(view).toHaveAttribute('data-state', 'refined', { timeout: 60_000 });
  expect(detail.log).toEqual(['detail requested', 'detail finished']);
  expect(await middleCoverage(stage.locator('canvas'), [0x11, 0x12, 0x14])).toBeGreaterThan(0.15);
  await expect(view).toHaveAttribute('data-splats', String(exhibit.splat!.phone!.splats));
});

test('the tour draws the splat where the exhibit stands, among the meshes', async ({ page }) => {
  test.setTimeout(120_000);
  let releaseCoarse: () => void = () => undefined;
  const coarseHeld = new Promise<void>((resolve) => {
    releaseCoarse = resolve;
  });
  await page.route('**/splats/**/coarse.spz', async (route) => {
    await coarseHeld;
    await route.continue();
  });
  await page.goto(`/en/tour/${scene}/?exhibit=${exhibit.id}`);
  const root = page.locator('[data-tour-root]');
  await expect(root).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  const canvas = page.locator('[data-canvas-root] canvas');
  const before = PNG.sync.read(await canvas.screenshot());
  releaseCoarse();
  await expect(root).toHaveAttribute('data-splat-levels', /^[12]$/, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const after = PNG.sync.read(await canvas.screenshot());
  // The jar stands in the middle of the view: pixels there change once its splat is drawn.
  let changed = 0;
  let total = 0;
  for (let y = Math.floor(after.height / 3); y < (2 * after.height) / 3; y += 3)
    for (let x = Math.floor(after.width / 3); x < (2 * after.width) / 3; x += 3) {
      const i = (y * after.width + x) * 4;
      total++;
      if (
        Math.abs(after.data[i]! - before.data[i]!) +
          Math.abs(after.data[i + 1]! - before.data[i + 1]!) +
          Math.abs(after.data[i + 2]! - before.data[i + 2]!) >
        40
      )
        changed++;
    }
  expect(changed / total).toBeGreaterThan(0.03);
});
