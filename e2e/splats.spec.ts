import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { getCatalog } from '../src/content/catalog.ts';
import { getScenes } from '../src/content/scenes/scenes.ts';
import type { PackManifest } from '../src/content/schemas/offline-pack.ts';
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

/** Share of pixels in the middle third of two same-sized screenshots that differ clearly. */
function middleChange(before: PNG, after: PNG): number {
  let changed = 0;
  let total = 0;
  for (let y = Math.floor(after.height / 3); y < (2 * after.height) / 3; y += 3)
    for (let x = Math.floor(after.width / 3); x < (2 * after.width) / 3; x += 3) {
      const i = (y * after.width + x) * 4;
      total++;
      const diff =
        Math.abs(after.data[i]! - before.data[i]!) +
        Math.abs(after.data[i + 1]! - before.data[i + 1]!) +
        Math.abs(after.data[i + 2]! - before.data[i + 2]!);
      if (diff > 40) changed++;
    }
  return changed / total;
}

/**
 * Holds the responses of the files `glob` matches until `release` is called; `log` says when one was
 * requested and when it finished (as "<name> requested", "<name> finished").
 */
async function hold(page: Page, glob: string, name: string) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const log: string[] = [];
  const held = new Set<string>();
  await page.route(glob, async (route) => {
    held.add(route.request().url());
    log.push(`${name} requested`);
    await released;
    await route.continue();
  });
  page.on('requestfinished', (request) => {
    if (held.has(request.url())) log.push(`${name} finished`);
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
  const detail = await hold(page, '**/splats/**/phone.spz', 'detail');
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
  const coarse = await hold(page, '**/splats/**/coarse.spz', 'coarse');
  await page.goto(`/en/tour/${scene}/?exhibit=${exhibit.id}`);
  const root = page.locator('[data-tour-root]');
  await expect(root).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  const canvas = page.locator('[data-canvas-root] canvas');
  const before = PNG.sync.read(await canvas.screenshot());
  coarse.release();
  await expect(root).toHaveAttribute('data-splat-levels', /^[12]$/, { timeout: 60_000 });
  // The jar stands in the middle of the view: pixels there change once its splat is drawn (after its
  // first sort, which on a loaded machine can come seconds after the level is in the scene).
  await expect
    .poll(async () => middleChange(before, PNG.sync.read(await canvas.screenshot())), { timeout: 30_000 })
    .toBeGreaterThan(0.03);
});

test('walking beside the splat: its coarse level while moving, 128 splats to an instance, its order following the view on some frames, not every one; the view the visitor stops at is brought up to date', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The most instances any one draw asks for: Spark alone asks one per splat (80,000 for the jar), which a
  // software renderer (SwiftShader) runs as that many draws.
  await page.addInitScript(() => {
    const w = window as unknown as { maxInstances: number; instances: number[] };
    w.maxInstances = 0;
    w.instances = [];
    const draw = WebGL2RenderingContext.prototype.drawElementsInstanced;
    WebGL2RenderingContext.prototype.drawElementsInstanced = function (mode, count, type, offset, instances) {
      w.maxInstances = Math.max(w.maxInstances, instances);
      w.instances.push(instances);
      draw.call(this, mode, count, type, offset, instances);
    };
  });
  const draws = () => page.evaluate(() => (window as unknown as { instances: number[] }).instances.splice(0));
  const instancesFor = (splats: number) => Math.ceil(splats / 128);
  await page.goto(`/en/tour/${scene}/?exhibit=${exhibit.id}`);
  const root = page.locator('[data-tour-root]');
  await expect(root).toHaveAttribute('data-splat-levels', /^[12]$/, { timeout: 60_000 });
  await expect(root).toHaveAttribute('data-splat-view', 'current', { timeout: 30_000 });
  const canvas = page.locator('[data-canvas-root] canvas');
  const number = async (name: string) => Number(await root.getAttribute(name));
  // Step back from the jar for ten frames, however long they take (each moving frame asks for the next).
  await canvas.focus();
  const framesBefore = await number('data-frames');
  const updatesBefore = await number('data-splat-updates');
  await draws();
  await page.keyboard.down('KeyS');
  await expect.poll(() => number('data-frames'), { timeout: 120_000 }).toBeGreaterThanOrEqual(framesBefore + 10);
  const whileWalking = await draws();
  await page.keyboard.up('KeyS');
  await expect(root).toHaveAttribute('data-splat-view', 'current', { timeout: 20_000 });
  // While walking the coarse level is drawn (a quarter of the splats); where the visitor stops, the phone level.
  expect(Math.min(...whileWalking)).toBeLessThanOrEqual(instancesFor(exhibit.splat!.coarse.splats));
  await expect
    .poll(async () => (await draws()).at(-1) ?? 0, { timeout: 20_000 })
    .toBeGreaterThan(instancesFor(exhibit.splat!.coarse.splats));
  const maxInstances = await page.evaluate(() => (window as unknown as { maxInstances: number }).maxInstances);
  expect(maxInstances).toBeLessThanOrEqual(instancesFor(exhibit.splat!.phone!.splats));
  const frames = (await number('data-frames')) - framesBefore;
  const updates = (await number('data-splat-updates')) - updatesBefore;
  // Spark on its own regenerates, reads back and sorts every splat on each frame the view moved.
  expect(updates).toBeGreaterThanOrEqual(1);
  expect(updates).toBeLessThanOrEqual(Math.ceil(frames / 4) + 1);

  // One drag to look: a single moving frame, after which nothing asks for another. The splats are still
  // brought up to date for the view the visitor rests on.
  const box = (await canvas.boundingBox())!;
  const drawn = await number('data-frames');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 12, box.y + box.height / 2);
  await page.mouse.up();
  await expect.poll(() => number('data-frames'), { timeout: 20_000 }).toBeGreaterThan(drawn);
  await expect(root).toHaveAttribute('data-splat-view', 'current', { timeout: 20_000 });
});

// The demo's room splat (a generated capture of part of a gallery), and the gallery it is in.
const roomScene = [...getScenes().values()].find((s) => s.splats.length > 0)!;
const roomGallery = getCatalog().galleries.find((g) => g.scene === roomScene.id)!;

test('a gallery captured as a splat: the tour draws it beside the meshes and says it is generated', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const room = roomScene.splats[0]!;
  const coarse = await hold(page, `**${room.splat.coarse.src}`, 'coarse');
  // A shared view (it opens the 3D at once): 3.5 m from the captured wall, facing it (yaw 90°: towards -x).
  const [x, , z] = room.position;
  await page.goto(`/en/tour/${roomScene.id}/?at=${x + 3.5},${z + 2},90`);
  await expect(page.locator('[data-generated-room-splat]')).toHaveText(t('en')('tour.generatedRoomSplat'));
  const root = page.locator('[data-tour-root]');
  await expect(root).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  const canvas = page.locator('[data-canvas-root] canvas');
  const before = PNG.sync.read(await canvas.screenshot());
  coarse.release();
  await expect(root).toHaveAttribute('data-splat-levels', /^[12]$/, { timeout: 60_000 });
  // The pale stone wall fills most of the middle of the view once its splat is drawn (and sorted),
  // where the dark gallery wall was.
  await expect
    .poll(async () => middleChange(before, PNG.sync.read(await canvas.screenshot())), { timeout: 30_000 })
    .toBeGreaterThan(0.5);
});

test('the museum pack carries the room splat (coarse and phone levels) and Spark, with true sizes', () => {
  const pack = JSON.parse(
    readFileSync(join('dist/offline/packs', `${roomGallery.museum}.vi.json`), 'utf8'),
  ) as PackManifest;
  const models = new Map(pack.models.map((f) => [f.url, f.bytes]));
  const room = roomScene.splats[0]!.splat;
  for (const level of [room.coarse, room.phone!]) {
    expect(models.get(level.src), level.src).toBe(statSync(join('dist', level.src)).size);
    expect(models.get(level.src)).toBe(level.bytes);
  }
  expect([...models.keys()].some((u) => /\/progressive-splat\.[\w-]+\.js$/.test(u))).toBe(true);
});
