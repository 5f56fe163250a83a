import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getBounds } from '@gltf-transform/functions';
import type { Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { test } from './support/test.ts';
import { siteCopy } from '../test/fixtures/site-copy.ts';
import { scanMesh, scanObj, scanTexture } from '../tools/model-import/scan-material.ts';
import { loadCatalog } from '../src/content/loader/load-catalog.ts';
import { scanIO } from '../src/features/object-viewer/build/read-source.ts';
import { importEditorUploads } from '../src/integrations/scan-import.ts';
import { splatBounds } from '../tools/splats/splat-bounds.ts';
import { writeGeneratedPly } from '../tools/splats/write-generated-ply.ts';
import { useEditSite } from './support/edit-site.ts';

/*
 * An expert uploads a scan or a splat capture in the editor (decap-server in git mode on a throwaway
 * copy, as in admin.spec.ts), and the build's import step makes the exhibit's model or splat from
 * exactly what was saved.
 * The copy runs on ports nothing else listens on (EditSite.start).
 */
const { site, expect } = useEditSite();
const scratch = mkdtempSync(join(tmpdir(), 'admin-uploads-'));
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const id = 'dau-ram-pottery-vase';

// Its photograph is a demo render under content/media/demo/, outside the field's upload folder
// (content/media/exhibits/), where Decap alone would look for it (it keeps only the file name).
test('the exhibit’s demo render shows in the editor, read from content/media/demo/, with no error', async ({
  page,
}) => {
  const photo = loadCatalog(process.cwd()).exhibits.find((e) => e.id === id)?.photos[0]?.src;
  expect(photo).toMatch(/^media\/demo\//);
  // Decap itself logs a few things on any entry (a 404 for "no draft yet", prop-type warnings): the
  // photo's own errors are a failed read of a media file and a console error naming the file.
  const errors: string[] = [];
  const name = photo!.split('/').pop()!;
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes(name)) errors.push(message.text());
  });
  const read: string[] = [];
  page.on('response', async (response) => {
    const body = response.request().postData() ?? '';
    if (!body.includes('"getMediaFile"')) return;
    const path = JSON.parse(body).params.path as string;
    read.push(path);
    if (response.status() >= 400) errors.push(`${response.status()} reading ${path}`);
  });
  await site.openEditor(page, `collections/exhibits/entries/${id}`);
  // Decap's image control shows the photo it found, decoded: the 6000 px render (the 800 px
  // illustration of the `image` field is another control).
  const widest = () =>
    page
      .locator('img[role="presentation"]')
      .evaluateAll((images: HTMLImageElement[]) =>
        Math.max(0, ...images.map((i) => (i.complete ? i.naturalWidth : 0))),
      );
  await expect.poll(widest, { timeout: 60_000 }).toBeGreaterThanOrEqual(4000);
  expect(read).toContain(`content/${photo}`);
  expect(errors).toEqual([]);
});

/** Opens a field of several values that the editor shows folded (Decap's object widget, `collapsed`). */
async function expandObject(page: Page, heading: string) {
  await page
    .locator('div:has(> [data-testid="expand-button"])')
    .filter({ hasText: heading })
    .first()
    .getByTestId('expand-button')
    .click();
}

/** Chooses `file` in the exhibit's upload field labelled `label`, as an expert does, and waits for its path. */
async function uploadInto(page: Page, label: RegExp, file: string, saved: string) {
  // The field in the default language's pane (the editor shows two languages side by side).
  const field = page
    .locator('[aria-label="file field"]')
    .filter({ has: page.locator('label', { hasText: label }) })
    .first();
  await field.getByRole('button', { name: 'Chọn một tập tin' }).click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
  await expect(field).toContainText(saved);
}

test('a scan uploaded in the editor (an OBJ zipped with its MTL and texture, Z up) is saved under content/media/scans/ and the build imports it', async ({
  page,
}) => {
  // A small textured scan-like vase as many scanners export it: OBJ + MTL + JPEG, Z up, in millimetres,
  // zipped in a folder. Made here: the upload an expert would choose.
  const { obj, mtl } = scanObj(
    scanMesh({ triangles: 3_000, texture: 0, height: 253, zUp: true }),
    'vase',
    'vase.mtl',
    'tex/vase.jpg',
  );
  const enc = (text: string) => new TextEncoder().encode(text);
  const zip = zipSync({
    'vase/vase.obj': enc(obj),
    'vase/vase.mtl': enc(mtl),
    'vase/tex/vase.jpg': await scanTexture(256),
  });
  writeFileSync(join(scratch, 'vase.zip'), zip);

  await site.openEditor(page, `collections/exhibits/entries/${id}`);
  await uploadInto(page, /^Bản quét 3D \(tải lên\)/, join(scratch, 'vase.zip'), 'media/scans/vase.zip');
  await page
    // Decap adds its own "optional" mark to the label.
    .getByRole('combobox', { name: /^Trục hướng lên của bản quét/ })
    .first()
    .click();
  await page.getByRole('option', { name: 'z', exact: true }).first().click();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Thay đổi đã được lưu')).toBeVisible({ timeout: 30_000 });

  // Saved on the draft branch: the upload as it was, out of public/, and the fields naming it.
  const branch = `cms/exhibits/${id}`;
  const saved = execFileSync('git', ['-C', site.root, 'show', `${branch}:content/media/scans/vase.zip`]);
  expect(Buffer.compare(saved, Buffer.from(zip))).toBe(0);
  const entry = site.git('show', `${branch}:content/exhibits/${id}.vi.md`);
  expect(entry).toMatch(/^scan: media\/scans\/vase\.zip$/m);
  expect(entry).toMatch(/^scanUp: z$/m);

  // The build's step on that content: unpacked, imported Z up, stood on its plinth at its 25.3 cm.
  const build = siteCopy(process.cwd(), join(scratch, 'site'), ['models']);
  writeFileSync(join(build, `content/exhibits/${id}.vi.md`), entry);
  mkdirSync(join(build, 'content/media/scans'), { recursive: true });
  writeFileSync(join(build, 'content/media/scans/vase.zip'), saved);
  expect(await importEditorUploads(build)).toEqual([`imported the uploaded scan of ${id}`]);
  expect(readFileSync(join(build, `content/exhibits/${id}.vi.md`), 'utf8')).toMatch(/origin: scan/);
  const model = await (await scanIO()).read(join(build, `public/models/${id}.glb`));
  const { min, max } = getBounds(model.getRoot().getDefaultScene()!);
  expect(max[1] - min[1]).toBeCloseTo(0.253, 2);
  expect(await importEditorUploads(build)).toEqual([]);
});

test('a splat capture uploaded, resized and cropped in the editor, then published, is imported so by the build, and the exhibit page offers its 3D view', async ({
  page,
}) => {
  // Publishing (three workflow steps), a converter run and a splat drawn by astro dev: it took 4.9 min
  // of the file's 5 on two cores under a load of 20, so it gets more.
  test.setTimeout(480_000);
  const captured = 'bach-dang-stakes';
  // A small generated capture in the capture tools' PLY layout (5,000 splats, 340 KB): one coarse level.
  await writeGeneratedPly(join(scratch, 'stakes.ply'), { count: 5_000, shDegree: 0 });
  await site.openEditor(page, `collections/exhibits/entries/${captured}`);
  await uploadInto(
    page,
    /^Bản chụp Gaussian splat \(tải lên\)/,
    join(scratch, 'stakes.ply'),
    'media/splats/stakes.ply',
  );
  // Beside the upload, as an expert fixes a capture written at half size with its table in view:
  // twice the size, then only what lies below 0.37 m (the jar doubled is 0.74 m tall: its lower half).
  await page
    .getByLabel(/^Đổi kích thước bản chụp/)
    .first()
    .fill('2');
  await expandObject(page, 'Cắt bản chụp theo một hộp (mét)');
  const box: [RegExp, string][] = [
    [/^x nhỏ nhất/, '-1'],
    [/^y nhỏ nhất/, '-0.1'],
    [/^z nhỏ nhất/, '-1'],
    [/^x lớn nhất/, '1'],
    [/^y lớn nhất/, '0.37'],
    [/^z lớn nhất/, '1'],
  ];
  for (const [label, value] of box) await page.getByLabel(label).first().fill(value);
  await site.saveReviewPublish(page);
  await site.published('exhibits', captured);
  // Published on main: the capture as it was chosen, out of public/, and the field naming it.
  const file = `content/exhibits/${captured}.vi.md`;
  const published = execFileSync('git', ['-C', site.root, 'show', 'main:content/media/splats/stakes.ply']);
  expect(Buffer.compare(published, readFileSync(join(scratch, 'stakes.ply')))).toBe(0);
  const entry = site.git('show', `main:${file}`);
  expect(entry).toMatch(/^splatCapture: media\/splats\/stakes\.ply$/m);
  expect(entry).toMatch(/^splatScale: 2$/m);
  expect(entry).toMatch(
    /^splatCrop:\n {2}minX: -1\n {2}minY: -0\.1\n {2}minZ: -1\n {2}maxX: 1\n {2}maxY: 0\.37\n {2}maxZ: 1$/m,
  );

  // Until the build has imported it, the page has no splat to offer.
  const exhibitPage = `${site.origin}/vi/exhibits/${captured}/`;
  await page.goto(exhibitPage);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('splat-view')).toHaveCount(0);

  // The build's own step on the published checkout: levels written, the exhibit's splat recorded.
  expect(await importEditorUploads(site.root)).toEqual([`imported the uploaded splat capture of ${captured}`]);
  const coarse = join(site.root, `public/splats/${captured}/coarse.spz`);
  const front = readFileSync(join(site.root, file), 'utf8');
  expect(front).toContain(`src: /splats/${captured}/coarse.spz`);
  // Doubled and cut: about half of the 5,000 splats, none above the box, as wide as twice the jar.
  const kept = await splatBounds(coarse);
  expect(kept.count).toBeGreaterThan(1_500);
  expect(kept.count).toBeLessThan(3_500);
  expect(kept.max[1]).toBeLessThanOrEqual(0.371);
  expect(kept.max[0] - kept.min[0]).toBeCloseTo(0.86, 1);
  expect(front).toMatch(new RegExp(`splats: ${kept.count}$`, 'm'));
  expect(front).toContain(`bytes: ${statSync(coarse).size}`);
  expect(front).toMatch(/sourceSha256: [0-9a-f]{64}$/m);
  // Nothing new: the next build only hashes.
  expect(await importEditorUploads(site.root)).toEqual([]);

  // The exhibit page offers the splat view; asked, it draws the coarse level the build wrote.
  await page.goto(exhibitPage);
  const view = page.locator('splat-view');
  await expect(view).toHaveAttribute('data-state', 'poster');
  const level = page.waitForResponse((r) => r.url().endsWith(`/splats/${captured}/coarse.spz`));
  await view.locator('[data-splat-start]').click();
  expect((await level).status()).toBe(200);
  await expect(view).toHaveAttribute('data-state', /^(ready|refined)$/, { timeout: 60_000 });
  await expect(view).toHaveAttribute('data-splats', String(kept.count));
});
