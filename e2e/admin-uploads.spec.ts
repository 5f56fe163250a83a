import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from './support/test.ts';
import { siteCopy } from '../test/fixtures/site-copy.ts';
import { scanDocument, scanMesh, scanTexture } from '../tools/model-import/scan-material.ts';
import { loadCatalog } from '../src/content/loader/load-catalog.ts';
import { runPendingScanImports } from '../src/features/object-viewer/build.ts';
import { scanIO } from '../src/features/object-viewer/build/read-source.ts';
import { useEditSite } from './support/edit-site.ts';

/*
 * An expert uploads a scan in the editor (decap-server in git mode on a throwaway copy, as in
 * admin.spec.ts), and the build's import step makes the exhibit's model from exactly what was saved.
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

test('a scan uploaded in the editor is saved under content/media/scans/ and the build imports it', async ({ page }) => {
  // A small textured scan-like vase, made here: the upload an expert would choose.
  const io = await scanIO();
  const glb = await io.writeBinary(
    scanDocument(scanMesh({ triangles: 3_000, texture: 0, height: 253 }), await scanTexture(256), 'vase'),
  );
  writeFileSync(join(scratch, 'vase.glb'), glb);

  await site.openEditor(page, `collections/exhibits/entries/${id}`);
  // The field in the default language's pane (the editor shows two languages side by side).
  const field = page
    .locator('[aria-label="file field"]')
    .filter({ has: page.locator('label', { hasText: /^Bản quét 3D \(tải lên\)/ }) })
    .first();
  await field.getByRole('button', { name: 'Chọn một tập tin' }).click();
  await page.locator('input[type="file"]').setInputFiles(join(scratch, 'vase.glb'));
  await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
  await expect(field).toContainText('media/scans/vase.glb');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Thay đổi đã được lưu')).toBeVisible({ timeout: 30_000 });

  // Saved on the draft branch: the upload as it was, out of public/, and the field naming it.
  const branch = `cms/exhibits/${id}`;
  const saved = execFileSync('git', ['-C', site.root, 'show', `${branch}:content/media/scans/vase.glb`]);
  expect(Buffer.compare(saved, Buffer.from(glb))).toBe(0);
  const entry = site.git('show', `${branch}:content/exhibits/${id}.vi.md`);
  expect(entry).toMatch(/^scan: media\/scans\/vase\.glb$/m);

  // The build's step on that content: the model is made from the upload, and the check accepts it.
  const build = siteCopy(process.cwd(), join(scratch, 'site'), ['models']);
  writeFileSync(join(build, `content/exhibits/${id}.vi.md`), entry);
  mkdirSync(join(build, 'content/media/scans'), { recursive: true });
  writeFileSync(join(build, 'content/media/scans/vase.glb'), saved);
  expect(await runPendingScanImports(build, loadCatalog(build))).toEqual([id]);
  expect(readFileSync(join(build, `content/exhibits/${id}.vi.md`), 'utf8')).toMatch(/origin: scan/);
  expect(await runPendingScanImports(build, loadCatalog(build))).toEqual([]);
});
