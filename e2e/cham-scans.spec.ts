import { PNG } from 'pngjs';
import { getScenes } from '../src/content/scenes/scenes.ts';
import { catalog, museumOf, one, site, t } from './support/catalog.ts';
import { look, openViewer } from './support/object-viewer.ts';
import { expect, test } from './support/test.ts';

// The Museum of Cham Sculpture's exhibits are shown with generated scan-like models (made by the build,
// tools/model-import/ensure-demo-scans.ts): on the exhibit page, in the 3D galleries and in the pack.
const cham = one(catalog.museums, (m) => m.codePrefix === 'CH', 'the Museum of Cham Sculpture');
const inScenes = new Set([...getScenes().values()].flatMap((s) => s.placements.map((p) => p.exhibit)));
const shown3d = catalog.exhibits.filter((e) => museumOf(e) === cham.id && inScenes.has(e.id));
const altar = one(shown3d, (e) => e.id === 'tra-kieu-altar', 'the Trà Kiệu altar in a 3D gallery');
const scene = one(catalog.galleries, (g) => g.id === altar.gallery, 'the altar’s gallery').scene!;
const en = t('en');

// Software WebGL on a shared machine: a level can take seconds a frame.
test.describe.configure({ timeout: 90_000 });

test('every Cham exhibit in a 3D gallery has a generated scan, labelled so in every language', async ({ page }) => {
  expect(shown3d.length).toBeGreaterThanOrEqual(8);
  for (const exhibit of shown3d) expect(exhibit.model?.origin, exhibit.id).toBe('generated-scan');
  for (const lang of site.languages) {
    await page.goto(`/${lang}/exhibits/${altar.id}/`);
    await expect(page.locator('[data-generated-scan]')).toHaveText(t(lang)('objectViewer.generated'));
  }
});

test('"View in 3D" on the Trà Kiệu altar draws its scan: a textured object, not a blank canvas', async ({ page }) => {
  const models: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/models/')) models.push(path);
  });
  const canvas = await openViewer(page, `/en/exhibits/${altar.id}/`, en('objectViewer.open'));
  await expect(page.locator('object-viewer')).toHaveAttribute('data-state', 'ready');
  expect(models[0]).toBe(altar.model?.light);
  const seen = await look(canvas);
  expect(seen.colours, 'a textured picture, not a flat shape').toBeGreaterThan(200);
  expect(seen.coverage, 'the altar fills part of the view').toBeGreaterThan(0.05);
  expect(seen.coverage, 'the altar is not cut off by a camera inside it').toBeLessThan(0.9);
});

test('the Trà Kiệu gallery draws the scans and says they are generated', async ({ page }) => {
  const models: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/models/')) models.push(path);
  });
  await page.goto(`/en/tour/${scene}/`);
  await expect(page.locator('[data-models-note]')).toHaveText(en('tour.generatedScans'));
  await page.getByRole('button', { name: en('tour.start') }).click();
  await expect(page.locator('[data-tour-root]')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  expect(models).toContain(altar.model?.light);
  const png = PNG.sync.read(await page.locator('[data-canvas-root] canvas').screenshot());
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97)
    colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  expect(colours.size).toBeGreaterThan(20);
});

test('the museum’s offline pack offers both levels of every scan in its 3D choice', async ({ request }) => {
  const pack = await (await request.get(`/offline/packs/${cham.id}.en.json`)).json();
  const models = new Map<string, number>(pack.models.map((m: { url: string; bytes: number }) => [m.url, m.bytes]));
  for (const exhibit of shown3d) {
    for (const url of [exhibit.model!.light!, exhibit.model!.src]) {
      expect(models.get(url), `${exhibit.id}: ${url}`).toBeGreaterThan(10_000);
      const file = await request.get(url);
      expect(file.status()).toBe(200);
      expect((await file.body()).length).toBe(models.get(url));
    }
  }
});
