import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { PNG } from 'pngjs';
import { blocked } from '../src/content/scenes/geometry.ts';
import { getScenes } from '../src/content/scenes/scenes.ts';
import { catalog, t } from './support/catalog.ts';

const scenes = getScenes();

// The walk, the budgets and the panels are tested in a gallery of light models: one with no splat and
// no scan, where software WebGL draws a frame in well under a second even while another test draws.
// The galleries of scans and splats have their own specs (cham-scans, splats, object-viewer), since a
// frame there can take seconds on a shared 2-core machine and walking moves only as frames are drawn.
test.describe.configure({ timeout: 90_000 });
const light = (s: typeof scenes extends ReadonlyMap<string, infer S> ? S : never) =>
  s.splats.length === 0 &&
  s.placements.every((p) => {
    const exhibit = catalog.exhibits.find((e) => e.id === p.exhibit);
    return !exhibit?.splat && (exhibit?.model?.origin ?? 'procedural') === 'procedural';
  });
const [sceneId, scene] = [...scenes].find(([, s]) => s.placements.length >= 3 && s.tour.length >= 2 && light(s))!;

async function enter(page: Page, query = '') {
  await page.goto(`/en/tour/${sceneId}/${query}`);
  if (!query) await page.getByRole('button', { name: t('en')('tour.start') }).click();
  await expect(page.locator('[data-tour-root]')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
}

const poseFromAddress = (page: Page) => {
  const at = new URL(page.url()).searchParams.get('at')?.split(',').map(Number);
  return at ? { x: at[0]!, z: at[1]!, yaw: at[2]! } : null;
};

test('the gallery announces "ready" and the first view is not blank', async ({ page }) => {
  await enter(page);
  const png = PNG.sync.read(await page.locator('[data-canvas-root] canvas').screenshot());
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97)
    colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  expect(colours.size).toBeGreaterThan(20);
});

test('a gallery view stays within 100 draw calls and 300k triangles, and draws nothing while idle', async ({
  page,
}) => {
  await enter(page);
  const root = page.locator('[data-tour-root]');
  // The room is ready before its models: wait for every one, so that they are counted and drawn.
  const withModel = scene.placements.filter((p) => {
    const exhibit = catalog.exhibits.find((e) => e.id === p.exhibit);
    return exhibit?.model && !exhibit.splat;
  }).length;
  await expect
    .poll(async () => Number(await root.getAttribute('data-models-loaded')), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(withModel);
  // Each model's arrival asks for two frames (Exhibits.tsx): in software WebGL a frame with a new
  // textured model can take seconds, so wait for them to be drawn before waiting for quiet.
  await expect
    .poll(async () => Number(await root.getAttribute('data-frames')), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(2 + 2 * withModel);
  // Let the first frames' adaptations settle (the pixel ratio may change once, a detailed model may
  // arrive late on a loaded machine): wait until two seconds pass without a frame, then stay idle.
  let frames: string | null = null;
  await expect
    .poll(
      async () => {
        const before = await root.getAttribute('data-frames');
        await page.waitForTimeout(2000);
        frames = await root.getAttribute('data-frames');
        return before === frames;
      },
      { timeout: 25_000, intervals: [0] },
    )
    .toBe(true);
  // Settled, every model drawn: the last frame's counts (each model's arrival draws two more frames).
  const drawCalls = Number(await root.getAttribute('data-draw-calls'));
  const triangles = Number(await root.getAttribute('data-triangles'));
  expect(drawCalls).toBeGreaterThan(2);
  expect(drawCalls).toBeLessThanOrEqual(100);
  expect(triangles).toBeLessThanOrEqual(300_000);
  await page.waitForTimeout(2000);
  await expect(root).toHaveAttribute('data-frames', frames!);
});

test('walking into a wall does not pass it', async ({ page }) => {
  test.setTimeout(60_000);
  await enter(page);
  await page.locator('[data-canvas-root] canvas').focus();
  await page.keyboard.down('KeyW');
  await page.waitForTimeout(12_000); // 19 m at walking pace: far past any wall of the room
  await page.keyboard.up('KeyW');
  // The address is rewritten 300 ms after the last frame; until then it still holds the spawn point.
  const fromSpawn = () => {
    const at = poseFromAddress(page);
    return at ? Math.hypot(at.x - scene.spawn.position[0], at.z - scene.spawn.position[2]) : 0;
  };
  // The visitor did walk (several metres from the spawn point)…
  await expect.poll(fromSpawn).toBeGreaterThan(3);
  const pose = poseFromAddress(page)!;
  // …and stands on free floor, not inside or beyond a wall.
  // (The address rounds to 0.1 m, so the check allows the walker's 0.3 m radius less that.)
  expect(blocked(scene, pose.x, pose.z, 0.2)).toBe(false);
});

test('on a slow device, frames drawn while walking use fewer pixels, and the still view is sharp again', async ({
  page,
}) => {
  await enter(page);
  const canvas = page.locator('[data-canvas-root] canvas');
  const pixels = () => canvas.evaluate((c: HTMLCanvasElement) => c.width * c.height);
  const full = await pixels();
  // Focus first: it scrolls a canvas that ends below the screen into view.
  await canvas.focus();
  const box = await canvas.boundingBox();
  // A slow phone: the page's main thread at a twentieth of this machine's speed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.keyboard.down('KeyS');
  try {
    await expect.poll(pixels, { timeout: 30_000 }).toBeLessThan(full * 0.8);
    // The same place on the page: only the drawing buffer is smaller.
    expect(await canvas.boundingBox()).toEqual(box);
  } finally {
    await page.keyboard.up('KeyS');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  await expect.poll(pixels, { timeout: 15_000 }).toBe(full);
});

test('a deep link opens facing its exhibit', async ({ page }) => {
  const target = scene.placements[scene.placements.length - 1]!.exhibit;
  await enter(page, `?exhibit=${target}`);
  const canvas = (await page.locator('[data-canvas-root] canvas').boundingBox())!;
  const label = (await page.locator(`[data-hotspot="${target}"]`).boundingBox())!;
  const centre = label.x + label.width / 2;
  expect(Math.abs(centre - (canvas.x + canvas.width / 2))).toBeLessThan(canvas.width / 4);
});

test('a hotspot opens its story, the detailed model is there up close, and the address names the exhibit', async ({
  page,
}) => {
  // Standing in front of an exhibit, its label is the nearest one, on top of the others.
  const exhibit = scene.placements[1]!.exhibit;
  const models: string[] = [];
  page.on('request', (request) => models.push(new URL(request.url()).pathname));
  await enter(page, `?exhibit=${exhibit}`);
  // The walk loads light levels; standing within 3 m of an exhibit (or opening its story) brings its
  // detailed level.
  await page.locator(`[data-hotspot="${exhibit}"]`).click();
  const { model } = catalog.exhibits.find((e) => e.id === exhibit)!;
  await expect.poll(() => models).toContain(model!.src);
  expect(models).toContain(model!.light);
  const panel = page.locator(`[data-panel="${exhibit}"]`);
  await expect(panel).toBeVisible();
  await expect(panel.locator('narration-player')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('exhibit')).toBe(exhibit);
});

test('the guided tour advances from stop to stop and opens each story', async ({ page }) => {
  await enter(page);
  await page.getByRole('button', { name: t('en')('tour.guidedStart') }).click();
  const total = scene.tour.length;
  await expect(page.locator('.tour-stop')).toHaveText(t('en')('tour.stop', { current: 1, total }));
  await expect(page.locator(`[data-panel="${scene.tour[0]!.exhibit}"]`)).toBeVisible();
  await page.getByRole('button', { name: t('en')('tour.next') }).click();
  await expect(page.locator('.tour-stop')).toHaveText(t('en')('tour.stop', { current: 2, total }));
  const second = page.locator(`[data-panel="${scene.tour[1]!.exhibit}"]`);
  await expect(second).toBeVisible();
  // Each stop's story plays; pausing the tour pauses it.
  const story = second.locator('narration-player audio');
  await expect.poll(() => story.evaluate((a: HTMLAudioElement) => a.paused)).toBe(false);
  await page.getByRole('button', { name: t('en')('tour.pause') }).click();
  await expect.poll(() => story.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
  await expect(page.getByRole('button', { name: t('en')('tour.resume') })).toHaveAttribute('aria-pressed', 'true');
});

test('every exhibit is in a list beside the view that opens the same story by keyboard', async ({ page }) => {
  await page.goto(`/en/tour/${sceneId}/`);
  await expect(page.locator('.tour-list li')).toHaveCount(scene.placements.length);
  const first = page.locator('.tour-list a').first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`#panel-${scene.placements[0]!.exhibit}`)).toBeFocused();
});

test('with no WebGL, the list and the poster stay, with a clear message', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return /webgl/.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  await page.goto(`/en/tour/${sceneId}/`);
  await page.getByRole('button', { name: t('en')('tour.start') }).click();
  await expect(page.locator('[data-tour-status]')).toHaveText(t('en')('tour.noWebgl'));
  await expect(page.locator('.tour-poster')).toBeVisible();
  await expect(page.getByRole('heading', { name: t('en')('tour.list') })).toBeVisible();
});
