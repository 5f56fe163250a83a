import AxeBuilder from '@axe-core/playwright';
import { chromium, devices, type Page } from '@playwright/test';
import config from '../playwright.config.ts';
import { pageBytes } from '../tools/bench/page-bytes.ts';
import { labelUrl } from '../src/features/labels/label-url.ts';
import { catalog, site, t } from './support/catalog.ts';
import { qrVideoFile } from './support/fake-camera.ts';
import { test as base, expect, listenForCspViolations } from './support/test.ts';

// Chromium headless on Linux has no native BarcodeDetector, so these tests run the ZXing polyfill:
// the path most visitors' phones without one take.
const exhibit = catalog.exhibits[0]!;
const strings = t('en');
const launch = config.use?.launchOptions ?? {};

type Camera = { args: string[]; permissions: string[] };

/** Chromium's fake camera playing `video` as the rear camera, with the permission already given. */
const cameraShowing = (video: string): Camera => ({
  args: [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ],
  permissions: ['camera'],
});

// Camera flags are launch arguments, which Playwright fixes per worker; so each test here launches
// its own browser (same executable and arguments as the config) with a phone like the "phone" project.
const test = base.extend<{ camera: Camera; cameraPage: Page }>({
  camera: [{ args: [], permissions: [] }, { option: true }],
  cameraPage: async ({ baseURL, camera, cspViolations }, use) => {
    const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), ...camera.args] });
    const { defaultBrowserType: _, ...phone } = devices['Pixel 7'];
    const context = await browser.newContext({ ...phone, baseURL, permissions: camera.permissions });
    await listenForCspViolations(context, cspViolations);
    await use(await context.newPage());
    await browser.close();
  },
});

const scanner = (page: Page) => page.locator('exhibit-scanner');

async function startScanning(page: Page) {
  await page.goto('/en/scan/');
  await scanner(page)
    .getByRole('button', { name: strings('scanner.start') })
    .click();
}

test.describe('pointing the camera at a printed exhibit label', () => {
  test.use({ camera: cameraShowing(qrVideoFile(labelUrl(site.baseUrl, exhibit.code))) });

  test('opens that exhibit in the page language, with every byte from the site itself', async ({
    cameraPage: page,
    baseURL,
  }) => {
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
  test.use({ camera: cameraShowing(qrVideoFile('https://example.com/')) });

  test('says it is not from this guide, keeps scanning, and Cancel turns the camera off', async ({
    cameraPage: page,
  }) => {
    await startScanning(page);
    const status = scanner(page).getByRole('status');
    await expect(status).toHaveText(strings('scanner.foreign'), { timeout: 15_000 });
    await page.waitForTimeout(1_000); // a few more frames: the code is still in view
    await expect(page).toHaveURL('/en/scan/');
    const view = scanner(page).getByRole('region', { name: strings('scanner.view') });
    await expect(view).toBeVisible();
    const cancel = view.getByRole('button', { name: strings('scanner.cancel') });
    await expect(cancel).toBeFocused();
    const axe = await new AxeBuilder({ page })
      .include('exhibit-scanner')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await cancel.click();
    await expect(view).toBeHidden();
    await expect(status).toHaveText(strings('scanner.stopped'));
    await expect(scanner(page).getByRole('button', { name: strings('scanner.start') })).toBeFocused();
    expect(await page.locator('[data-video]').evaluate((video: HTMLVideoElement) => video.srcObject)).toBeNull();
  });
});

test.describe('pointing the camera at a label whose link holds a malformed escape', () => {
  // A cut or misprinted link: decodeURIComponent throws on "%E0%A4%A", which used to end the scan
  // loop silently with the camera still on.
  test.use({ camera: cameraShowing(qrVideoFile(`${site.baseUrl.replace(/\/$/, '')}/x/%E0%A4%A/`)) });

  test('says no exhibit has that code and keeps the camera view open', async ({ cameraPage: page }) => {
    await startScanning(page);
    const status = scanner(page).getByRole('status');
    await expect(status).toHaveText(strings('scanner.unknown', { code: '%E0%A4%A' }), { timeout: 15_000 });
    await expect(scanner(page).getByRole('region', { name: strings('scanner.view') })).toBeVisible();
  });
});

test.describe('when the camera is refused', () => {
  // A camera is there, but the permission prompt is answered "Block".
  test.use({ camera: { args: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'], permissions: [] } });

  test('says so and hands over to the keypad', async ({ cameraPage: page }) => {
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

// 10 KB: the scanner and keypad (about 4 KB) plus what every page carries, the offline shell with
// workbox-window (about 3 KB) and the language switcher.
test('the scan page loads under 10 KB of JavaScript (gzip); the decoder only on demand', () => {
  const bytes = pageBytes('dist', '/en/scan/');
  expect(bytes.files.some((file) => file.includes('ExhibitScanner'))).toBe(true);
  expect(bytes.files.filter((file) => /zxing|\.wasm$/.test(file))).toEqual([]);
  expect(bytes.js.gzip).toBeLessThanOrEqual(10 * 1024);
});
