import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { catalog, one, t } from './support/catalog.ts';
import { expect, test } from './support/test.ts';

// A scanned exhibit (generated scan-like material, imported with npm run models:import).
const scanned = one(catalog.exhibits, (e) => e.model?.origin === 'generated-scan', 'exhibit with a scanned model');
const path = `/en/exhibits/${scanned.id}/`;
const en = t('en');

// Software WebGL on a shared machine: the detailed level (250k triangles) can take seconds a frame.
test.describe.configure({ timeout: 90_000 });

/** Pixels of the canvas as the visitor sees them, and the share (and centre) of those that are not background. */
async function look(canvas: Locator) {
  // A clip of the page, not an element screenshot: that waits for two quiet animation frames, which a
  // loaded machine drawing the detailed level in software can take longer than the test to give.
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the viewer has no canvas on screen');
  const png = PNG.sync.read(await canvas.page().screenshot({ clip: box }));
  const { width, height, data } = png;
  // The viewer's background, #1b1d20 (the canvas's corner may carry the focus ring).
  const bg = [0x1b, 0x1d, 0x20];
  let object = 0;
  let sumX = 0;
  let sumY = 0;
  const colours = new Set<number>();
  for (let y = 6; y < height - 6; y += 2) {
    for (let x = 6; x < width - 6; x += 2) {
      const i = (y * width + x) * 4;
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      colours.add((r << 16) | (g << 8) | b);
      if (Math.abs(r - bg[0]!) + Math.abs(g - bg[1]!) + Math.abs(b - bg[2]!) > 30) {
        object++;
        sumX += x;
        sumY += y;
      }
    }
  }
  const samples = Math.ceil((width - 12) / 2) * Math.ceil((height - 12) / 2);
  return {
    data,
    colours: colours.size,
    coverage: object / samples,
    centre: object ? { x: sumX / object / width, y: sumY / object / height } : { x: 0, y: 0 },
  };
}

async function openViewer(page: Page) {
  await page.goto(path);
  await page.evaluate(() => {
    const w = window as unknown as { viewerLevels: string[] };
    w.viewerLevels = [];
    document.addEventListener('object-viewer:ready', (e) => w.viewerLevels.push((e as CustomEvent).detail.level));
  });
  await page.getByRole('button', { name: en('objectViewer.open') }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { viewerLevels: string[] }).viewerLevels), {
      timeout: 30_000,
    })
    .toContain('first');
  return page.locator('object-viewer canvas');
}

test('the exhibit page shows a poster and loads nothing 3D until "View in 3D"', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(path);
  await expect(page.locator('object-viewer img')).toBeVisible();
  await expect(page.locator('[data-generated-scan]')).toHaveText(en('objectViewer.generated'));
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/models/'))).toEqual([]);
  await expect(page.locator('object-viewer canvas')).toHaveCount(0);
});

test('"View in 3D" draws the scan: not blank, the object in the middle of the view', async ({ page }) => {
  const canvas = await openViewer(page);
  await expect(page.locator('object-viewer')).toHaveAttribute('data-state', 'ready');
  const seen = await look(canvas);
  expect(seen.colours, 'a picture, not a flat box').toBeGreaterThan(50);
  expect(seen.coverage, 'the object fills part of the view').toBeGreaterThan(0.05);
  expect(seen.coverage, 'the object is not cut off by a camera inside it').toBeLessThan(0.9);
  expect(seen.centre.x).toBeGreaterThan(0.3);
  expect(seen.centre.x).toBeLessThan(0.7);
  expect(seen.centre.y).toBeGreaterThan(0.25);
  expect(seen.centre.y).toBeLessThan(0.75);
});

test('the keyboard turns the object, and 0 brings the first view back', async ({ page }) => {
  const canvas = await openViewer(page);
  const before = await look(canvas);
  await canvas.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  const turned = await look(canvas);
  let changed = 0;
  for (let i = 0; i < before.data.length; i += 4 * 7)
    if (Math.abs(before.data[i]! - turned.data[i]!) + Math.abs(before.data[i + 1]! - turned.data[i + 1]!) > 30)
      changed++;
  expect(changed / (before.data.length / (4 * 7)), 'the picture changed').toBeGreaterThan(0.02);
  expect(turned.coverage, 'the object is still in view').toBeGreaterThan(0.05);
  await page.getByRole('button', { name: en('objectViewer.zoomIn'), exact: true }).click();
  const closer = await look(canvas);
  expect(closer.coverage, '"Closer" makes the object bigger').toBeGreaterThan(turned.coverage);
  await canvas.focus();
  await page.keyboard.press('0');
  const reset = await look(canvas);
  // The same framing as at first (the detailed level may have arrived meanwhile: compare the framing).
  expect(Math.abs(reset.coverage - before.coverage)).toBeLessThan(0.02);
  expect(Math.abs(reset.centre.x - before.centre.x)).toBeLessThan(0.02);
});

test('the first level comes first, then the detailed level arrives', async ({ page }) => {
  const models: string[] = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.startsWith('/models/')) models.push(p);
  });
  await openViewer(page);
  await expect(page.locator('object-viewer')).toHaveAttribute('data-level', 'detailed', { timeout: 30_000 });
  expect(models).toEqual([scanned.model!.light, scanned.model!.src]);
  const triangles = Number(await page.locator('object-viewer').getAttribute('data-triangles'));
  const drawCalls = Number(await page.locator('object-viewer').getAttribute('data-draw-calls'));
  expect(triangles).toBeGreaterThan(50_000); // more than the first level holds
  expect(triangles).toBeLessThanOrEqual(300_000);
  expect(drawCalls).toBeLessThanOrEqual(100);
  await expect(page.locator('object-viewer [role="status"]')).toHaveText(en('objectViewer.detailed'));
});
