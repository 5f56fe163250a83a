import { expect, type Page, test } from '@playwright/test';
import config from '../playwright.config.ts';
import { pageBytes } from '../src/lib/bench/page-bytes.ts';
import { labelUrl } from '../src/lib/labels/label-url.ts';
import { qrVideoFile } from './support/fake-camera.ts';
import { catalog, site, t } from './support/catalog.ts';

// Chromium headless on Linux has no native BarcodeDetector, so these tests run the ZXing polyfill:
// the path most visitors' phones without one take.
const exhibit = catalog.exhibits[0]!;
const strings = t('en');
const launch = config.use?.launchOptions ?? {};

/** The browser with a fake camera: `video` plays as the rear camera, no permission prompt is shown. */
const cameraShowing = (video: string) => ({
  ...launch,
  args: [
    ...(launch.args ?? []),
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ],
});

const scanner = (page: Page) => page.locator('exhibit-scanner');

async function startScanning(page: Page) {
  await page.goto('/en/scan/');
  await scanner(page)
    .getByRole('button', { name: strings('scanner.start') })
    .click();
}

test.describe('pointing the camera at a printed exhibit label', () => {
  test.use({
    launchOptions: cameraShowing(qrVideoFile(labelUrl(site.baseUrl, exhibit.code))),
    permissions: ['camera'],
  });

  test('opens that exhibit in the page language, with every byte from the site itself', async ({ page, baseURL }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await startScanning(page);
    await expect(page).toHaveURL(`/en/exhibits/${exhibit.id}/`, { timeout: 15_000 });
    const origin = new URL(baseURL!).origin;
    expect(requested.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin)).toEqual([]);
    expect(requested.filter((url) => url.endsWith('.wasm'))).toHaveLength(1);
  });
});

test.describe('pointing the camera at another QR code', () => {
  test.use({ launchOptions: cameraShowing(qrVideoFile('https://example.com/')), permissions: ['camera'] });

  test('says it is not from this guide, keeps scanning, and Cancel turns the camera off', async ({ page }) => {
    await startScanning(page);
    const status = scanner(page).getByRole('status');
    await expect(status).toHaveText(strings('scanner.foreign'), { timeout: 15_000 });
    await page.waitForTimeout(1_000); // a few more frames: the code is still in view
    await expect(page).toHaveURL('/en/scan/');
    const view = scanner(page).getByRole('region', { name: strings('scanner.view') });
    await expect(view).toBeVisible();
    const cancel = view.getByRole('button', { name: strings('scanner.cancel') });
    await expect(cancel).toBeFocused();
    await cancel.click();
    await expect(view).toBeHidden();
    await expect(status).toHaveText(strings('scanner.stopped'));
    await expect(scanner(page).getByRole('button', { name: strings('scanner.start') })).toBeFocused();
    expect(await page.locator('[data-video]').evaluate((video: HTMLVideoElement) => video.srcObject)).toBeNull();
  });
});

test.describe('when the camera is refused', () => {
  // A real camera is there but the permission prompt is answered "Block".
  test.use({
    launchOptions: {
      ...launch,
      args: [...(launch.args ?? []), '--use-fake-device-for-media-stream', '--deny-permission-prompts'],
    },
  });

  test('says so and hands over to the keypad', async ({ page }) => {
    await startScanning(page);
    await expect(scanner(page).getByRole('status')).toHaveText(strings('scanner.denied'));
    await expect(page.locator('[data-keypad-input], #exhibit-list').first()).toBeFocused();
    await expect(scanner(page).getByRole('region')).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the scanner shows nothing, and the list of numbers is still there', async ({ page }) => {
    await page.goto('/en/scan/');
    await expect(scanner(page)).toBeHidden();
    await expect(page.locator('#exhibit-list')).toBeVisible();
  });
});

test('the scan page loads under 6 KB of JavaScript (gzip); the decoder only on demand', () => {
  const bytes = pageBytes('dist', '/en/scan/');
  expect(bytes.files.some((file) => file.includes('ExhibitScanner'))).toBe(true);
  expect(bytes.files.filter((file) => /zxing|\.wasm$/.test(file))).toEqual([]);
  expect(bytes.js.gzip).toBeLessThanOrEqual(6 * 1024);
});
