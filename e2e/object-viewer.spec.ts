import type { Page } from '@playwright/test';
import { catalog, one, t } from './support/catalog.ts';
import { look, openViewer as openExhibitViewer } from './support/object-viewer.ts';
import { expect, test } from './support/test.ts';

// A scanned exhibit (generated scan-like material, imported with npm run models:import).
const scanned = one(catalog.exhibits, (e) => e.model?.origin === 'generated-scan', 'exhibit with a scanned model');
const path = `/en/exhibits/${scanned.id}/`;
const en = t('en');

// Software WebGL on a shared machine: the detailed level (250k triangles) can take seconds a frame.
test.describe.configure({ timeout: 90_000 });

const openViewer = (page: Page) => openExhibitViewer(page, path, en('objectViewer.open'));

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
