import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { PackManifest } from '../src/content/schemas/offline-pack.ts';
import { catalog, museumOf, one, t } from './support/catalog.ts';
import { OwnServer } from './support/own-server.ts';
import { expect, test } from './support/test.ts';
import { freePort } from './support/free-port.ts';

// A photographed exhibit of the Quảng Ninh Museum: its hero is a 24 MP JPEG (6000×4000, EXIF
// orientation 6, GPS) made by tools/demo-media, as a museum's camera would deliver it.
const quangNinh = one(catalog.museums, (m) => m.codePrefix === 'QN', 'the Quảng Ninh Museum');
const photographed = one(
  catalog.exhibits,
  (e) => e.photos.length > 0 && museumOf(e) === quangNinh.id,
  'Quảng Ninh exhibit with a photograph',
);
// The Museum of Cham Sculpture's exhibits: studio renders of their generated scans (3.8 MP; the Trà
// Kiệu altar's 24 MP), delivered the same way.
const cham = one(catalog.museums, (m) => m.codePrefix === 'CH', 'the Museum of Cham Sculpture');
const chamExhibits = catalog.exhibits.filter((e) => museumOf(e) === cham.id);
const KB = 1024;
const PHONE = { width: 412, height: 915, dpr: 2.6 };

/** Every image the page fetched, with its size, and each srcset candidate's width descriptor. */
async function imagesFetched(page: Page, path: string) {
  const images: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'image' || response.url().startsWith('data:')) return;
    images.push({ url: new URL(response.url()).pathname, bytes: (await response.body()).length });
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const widths = await page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const el of document.querySelectorAll('source[srcset], img[srcset]'))
      for (const c of el.getAttribute('srcset')!.split(','))
        out[new URL(c.trim().split(/\s+/)[0]!, location.href).pathname] = Number.parseInt(
          c.trim().split(/\s+/)[1]!,
          10,
        );
    return out;
  });
  return { images, widths };
}

test.describe('on a 412 px phone at DPR 2.6', () => {
  test.use({ viewport: { width: PHONE.width, height: PHONE.height }, deviceScaleFactor: PHONE.dpr });

  test('the QR page with a 24 MP hero fetches at most 100 KB of image, none wider than the screen needs', async ({
    page,
  }) => {
    const { images, widths } = await imagesFetched(page, `/x/${photographed.code.toLowerCase()}/`);
    const photos = images.filter((i) => i.url in widths);
    expect(photos.length, 'the hero photo is fetched').toBeGreaterThan(0);
    const total = images.reduce((sum, i) => sum + i.bytes, 0);
    expect(total, images.map((i) => `${i.bytes} B ${i.url}`).join('\n')).toBeLessThanOrEqual(100 * KB);
    // 412 × 2.6 = 1071 device pixels: the 1080 px candidate, never the 1600 px one or the original.
    for (const photo of photos) expect(widths[photo.url]).toBeLessThanOrEqual(1080);
    expect(images.filter((i) => /\.(jpe?g|tiff?)$/.test(i.url) || i.url.startsWith('/zoom/'))).toEqual([]);
    const hero = page.locator('.exhibit-hero .photo img');
    await expect(hero).toHaveAttribute('fetchpriority', 'high');
    await expect(hero).toHaveAttribute('loading', 'eager');
    // The box has the photo's own shape (3:2, not the old 4:3) before and after it loads: no shift.
    const ratio = await hero.evaluate((img: HTMLImageElement) => ({
      attributes: Number(img.getAttribute('width')) / Number(img.getAttribute('height')),
      natural: img.naturalWidth / img.naturalHeight,
      box: img.getBoundingClientRect().width / img.getBoundingClientRect().height,
    }));
    expect(ratio.attributes).toBeCloseTo(1.5, 2);
    expect(ratio.natural).toBeCloseTo(1.5, 2);
    expect(ratio.box).toBeCloseTo(1.5, 1);
    // The render is labelled as one, and "Look closer" has loaded nothing yet.
    const lang = new URL(page.url()).pathname.split('/')[1] as 'vi';
    await expect(page.locator('.exhibit-hero figcaption')).toContainText(t(lang)('media.kind.render'));
    expect(images.some((i) => i.url.includes('openseadragon'))).toBe(false);
  });
});

test('the photo the phone gets carries no EXIF, no GPS and is upright', async ({ page, request }) => {
  await page.goto(`/en/exhibits/${photographed.id}/`);
  const src = await page.locator('.exhibit-hero .photo img').evaluate((img: HTMLImageElement) => img.currentSrc);
  const body = await (await request.get(src)).body();
  expect(body.includes(Buffer.from('Exif'))).toBe(false);
  expect(body.includes(Buffer.from('GPS'))).toBe(false);
  expect(body.includes(Buffer.from('Demo render'))).toBe(false); // the camera's Make field
  const { naturalWidth, naturalHeight } = await page
    .locator('.exhibit-hero .photo img')
    .evaluate((img: HTMLImageElement) => ({ naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight }));
  expect(naturalWidth).toBeGreaterThan(naturalHeight); // stored sideways, shown upright
});

test('every Cham exhibit, reached from its QR code, shows a render of its scan: AVIF and WebP sizes, labelled, no EXIF or GPS', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  expect(chamExhibits.length).toBe(15);
  for (const exhibit of chamExhibits) {
    await page.goto(`/x/${exhibit.code.toLowerCase()}/`);
    const lang = new URL(page.url()).pathname.split('/')[1] as 'vi';
    const hero = page.locator('.exhibit-hero .photo');
    await expect(hero.locator('source[type="image/avif"]'), exhibit.id).toHaveAttribute('srcset', / 1080w/);
    await expect(hero.locator('img'), exhibit.id).toHaveAttribute('srcset', /\.webp 1080w/);
    await expect(hero.locator('figcaption'), exhibit.id).toContainText(t(lang)('media.kind.render'));
    const shown = await hero.locator('img').evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { src: img.currentSrc, width: img.naturalWidth, height: img.naturalHeight };
    });
    expect(shown.width, `${exhibit.id}: stored sideways, shown upright`).toBeGreaterThan(shown.height);
    const src = shown.src;
    const body = await (await request.get(src)).body();
    expect(body.includes(Buffer.from('Exif')), exhibit.id).toBe(false);
    expect(body.includes(Buffer.from('GPS')), exhibit.id).toBe(false);
    expect(body.includes(Buffer.from('Demo render')), exhibit.id).toBe(false);
    // The Trà Kiệu altar's render is 24 MP: it can be looked at closer.
    const closer = page.getByRole('button', { name: t(lang)('media.lookCloser') });
    await expect(closer, exhibit.id).toHaveCount(exhibit.id === 'tra-kieu-altar' ? 1 : 0);
  }
});

test('no original photograph reaches the built site', () => {
  const originals = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.(jpe?g|tiff?|heic)$/i.test(f) && !f.includes('_files') && statSync(join('dist', f)).size > 1024 * KB,
  );
  expect(originals).toEqual([]);
});

test('"Look closer" loads the deep-zoom viewer on demand; keys zoom, Escape closes', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`/fr/exhibits/${photographed.id}/`);
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(r.url()));
  await page.getByRole('button', { name: t('fr')('media.lookCloser') }).click();
  const dialog = page.getByRole('dialog', { name: t('fr')('media.lookCloser') });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.photo-zoom-stage[data-ready]')).toBeAttached({ timeout: 20_000 });
  expect(scripts.some((u) => u.includes('openseadragon'))).toBe(true);
  await expect.poll(() => scripts.filter((u) => u.includes('/zoom/') && u.endsWith('.jpeg')).length).toBeGreaterThan(0);
  const tilesBefore = scripts.filter((u) => u.includes('_files/')).length;
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await dialog.getByRole('button', { name: t('fr')('media.zoomIn') }).click();
  await expect.poll(() => scripts.filter((u) => u.includes('_files/')).length).toBeGreaterThan(tilesBefore);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a museum pack carries phone sizes, deep-zoom tiles and the viewer, with true sizes, no originals', () => {
  const pack = JSON.parse(
    readFileSync(join('dist/offline/packs', `${museumOf(photographed)}.vi.json`), 'utf8'),
  ) as PackManifest;
  const urls = pack.files.map((f) => f.url);
  for (const file of pack.files)
    expect(statSync(join('dist', file.url.endsWith('/') ? `${file.url}index.html` : file.url)).size, file.url).toBe(
      file.bytes,
    );
  expect(urls.some((u) => u.endsWith('.dzi'))).toBe(true);
  expect(urls.some((u) => /_files\/\d+\/\d+_\d+\.jpeg$/.test(u))).toBe(true);
  // Levels up to 3000 px (12 for a 6000 px photo) go offline; the deepest (13) stays online.
  expect(urls.some((u) => /_files\/12\/\d+_\d+\.jpeg$/.test(u))).toBe(true);
  expect(urls.filter((u) => /_files\/13\//.test(u))).toEqual([]);
  expect(urls.some((u) => /\/openseadragon\.[\w-]+\.js$/.test(u))).toBe(true);
  expect(urls.filter((u) => /\.(jpe?g)$/.test(u) && !u.includes('_files/'))).toEqual([]);
  // The exhibit pages' 1600 px files stay online.
  const page = readFileSync(join('dist', 'vi', 'exhibits', photographed.id, 'index.html'), 'utf8');
  const desktop = [...page.matchAll(/(\/_astro\/[^\s",]+) 1600w/g)].map((m) => m[1]);
  expect(desktop.length).toBeGreaterThan(0);
  for (const url of desktop) expect(urls).not.toContain(url);
  expect(existsSync('dist/zoom')).toBe(true);
});

test('after "Download the museum", Look closer works with the server stopped', async ({ page }) => {
  test.setTimeout(120_000);
  const server = new OwnServer(await freePort());
  await server.start();
  try {
    await page.goto(`${server.origin}/vi/downloads/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const start = page.locator(`[data-pack="${museumOf(photographed)}.vi"] [data-start]`);
    await expect(start).toBeEnabled();
    await start.click();
    await expect(page.locator(`[data-pack="${museumOf(photographed)}.vi"] [data-pack-message]`)).toHaveText(
      t('vi')('downloads.done'),
      {
        timeout: 90_000,
      },
    );
    await server.stop();
    await page.goto(`${server.origin}/vi/exhibits/${photographed.id}/`);
    await page.getByRole('button', { name: t('vi')('media.lookCloser') }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('.photo-zoom-stage[data-ready]')).toBeAttached({ timeout: 20_000 });
    await expect(dialog).not.toContainText(t('vi')('media.zoomFailed'));
  } finally {
    await server.stop();
  }
});
