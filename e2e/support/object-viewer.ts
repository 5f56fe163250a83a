import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect } from './test.ts';

/** Pixels of the canvas as the visitor sees them, and the share (and centre) of those that are not background. */
export async function look(canvas: Locator) {
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

/** Opens the exhibit page at `path`, presses "View in 3D" (`openLabel`) and waits for the first level. */
export async function openViewer(page: Page, path: string, openLabel: string) {
  await page.goto(path);
  await page.evaluate(() => {
    const w = window as unknown as { viewerLevels: string[] };
    w.viewerLevels = [];
    document.addEventListener('object-viewer:ready', (e) => w.viewerLevels.push((e as CustomEvent).detail.level));
  });
  await page.getByRole('button', { name: openLabel }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { viewerLevels: string[] }).viewerLevels), {
      timeout: 30_000,
    })
    .toContain('first');
  return page.locator('object-viewer canvas');
}
