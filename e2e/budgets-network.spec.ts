import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { type NginxServer, startNginx } from '../tools/serve/nginx.ts';
import { catalog, one } from './support/catalog.ts';
import { expect, test } from './support/test.ts';
import { nodeServerChosen } from './support/web-server.ts';
import { freePort } from './support/free-port.ts';

// What a visitor's phone downloads without asking for anything: the bytes nginx sends (headers and
// compressed bodies) in the 15 s after a page loads with no interaction, for the page and for the
// service worker it installs (its script and its precache). Counted by nginx itself, on a server of
// the test's own, so no other test's requests are counted and nothing the browser hides is missed.
const KB = 1024;
const IDLE_MS = 15_000;

test.skip(nodeServerChosen(), "E2E_SERVER=node: the bytes are counted in nginx's log");
test.describe.configure({ mode: 'parallel' });

let server: NginxServer;
test.beforeEach(async () => {
  const port = await freePort();
  server = await startNginx({
    projectRoot: process.cwd(),
    root: 'dist',
    port,
    prefix: join(process.cwd(), '.tmp', `nginx-budget-${port}`),
  });
});
test.afterEach(async () => server.stop());

/** Opens `path`, waits IDLE_MS without touching anything, and returns what nginx sent, largest first. */
async function idleTransfers(page: Page, path: string) {
  await page.goto(`${server.origin}${path}`);
  await page.evaluate(() => navigator.serviceWorker.ready); // the worker installs within the window
  await page.waitForTimeout(IDLE_MS);
  const sent = server.sent().sort((a, b) => b.bytes - a.bytes);
  const total = sent.reduce((sum, s) => sum + s.bytes, 0);
  const report = sent.map((s) => `${(s.bytes / KB).toFixed(1)} KB ${s.path}`).join('\n');
  console.log(`${path}: ${(total / KB).toFixed(1)} KB in ${sent.length} responses`);
  return { sent, total, report };
}

const recorded = one(catalog.exhibits, (e) => !!e.translations.vi?.fields.audio, 'exhibit with a recording');
const tourGallery = one(catalog.galleries, (g) => !!g.scene, 'gallery with a 3D tour');

test(`a QR label's exhibit page downloads at most 120 KB before Play, the worker's precache included`, async ({
  page,
}) => {
  test.setTimeout(60_000);
  const { sent, total, report } = await idleTransfers(page, `/x/${recorded.code.toLowerCase()}/`);
  expect(sent.map((s) => s.path)).toContain('/sw.js'); // the worker and its precache are counted
  expect
    .soft(
      sent.filter((s) => s.path.startsWith('/audio/')),
      'the recording loads on Play',
    )
    .toEqual([]);
  expect
    .soft(sent.filter((s) => s.path.endsWith('.webmanifest')).length, 'one manifest at most')
    .toBeLessThanOrEqual(1);
  expect(total, report).toBeLessThanOrEqual(120 * KB);
});

test('a 3D tour page downloads at most 300 KB before "Enter", and no story recording', async ({ page }) => {
  test.setTimeout(60_000);
  const { sent, total, report } = await idleTransfers(page, `/en/tour/${tourGallery.scene}/`);
  expect(sent.map((s) => s.path)).toContain('/sw.js');
  expect.soft(sent.filter((s) => s.path.startsWith('/audio/') || s.path.startsWith('/models/'))).toEqual([]);
  expect(total, report).toBeLessThanOrEqual(300 * KB);
});
