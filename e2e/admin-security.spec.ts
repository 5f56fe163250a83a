import { readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { adminPolicy } from '../src/features/deploy/content-security-policy.ts';
import { useEditSite } from './support/edit-site.ts';
import { test } from './support/test.ts';

/*
 * The editor's attack paths under `npm run edit` (a throwaway copy, as in admin.spec.ts): decap-server
 * behind its guard, /admin/ under the production policy, front matter that would run code, and place
 * names that would be HTML. The copy runs on ports nothing else listens on (EditSite.start).
 */
const HTML_NAME = `<img src="/x" onerror="document.body.dataset.tooltipRan='yes'">Bãi Cháy`;
const { site, expect } = useEditSite({
  // A place whose name is markup: the map widget must show it as text.
  prepare(copy) {
    const file = join(copy.root, 'content/places/bai-chay-beach.vi.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^name: .*$/m, () => `name: ${JSON.stringify(HTML_NAME)}`),
    );
    copy.git('commit', '-qam', 'A place name that is markup');
  },
});

/** A raw request to the guard in front of decap-server, with the Host and Origin a browser would send. */
function toDecap(headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: site.decapPort,
        method: 'POST',
        path: '/api/v1',
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ action: 'info', params: {} }));
  });
}

test('decap-server answers only this machine: a rebound Host or another page’s Origin gets 403', async () => {
  const own = `127.0.0.1:${site.decapPort}`;
  const rebound = await toDecap({ Host: `rebind.evil.example:${site.decapPort}` });
  expect(rebound.status).toBe(403);
  expect(rebound.body).toMatch(/Host "rebind\.evil\.example:\d+" is not this machine/);
  expect((await toDecap({ Host: own, Origin: 'https://evil.example' })).status).toBe(403);
  const editor = await toDecap({ Host: own, Origin: site.origin });
  expect(editor.status).toBe(200);
});

test('/admin/ is served in development with the production policy (plus decap-server)', async () => {
  const response = await fetch(`${site.origin}/admin/`);
  expect(response.headers.get('content-security-policy')).toBe(adminPolicy([`http://127.0.0.1:${site.decapPort}`]));
});

test('the map widget shows a place name that is markup as text', async ({ page }) => {
  await site.openEditor(page, 'collections/places/new');
  const landmarks = page.locator('[data-map-point] path.leaflet-interactive');
  await expect(landmarks.first()).toBeAttached();
  // Hover each landmark in turn (Leaflet opens its tooltip on mouseover) and read the tooltips.
  const tooltips = await landmarks.evaluateAll((paths) =>
    paths.map((path) => {
      path.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      // The tooltip just opened is the pane's last: with two destinations' landmarks, an earlier one
      // (Sun World Bà Nà Hills) stayed in the pane and the first match always read it.
      const open = document.querySelectorAll('.leaflet-tooltip');
      const tooltip = open[open.length - 1];
      const seen = { text: tooltip?.textContent ?? '', images: tooltip?.querySelectorAll('img').length ?? 0 };
      path.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
      return seen;
    }),
  );
  expect(tooltips.map((t) => t.text)).toContain(HTML_NAME);
  expect(tooltips.reduce((sum, t) => sum + t.images, 0)).toBe(0);
  expect(await page.evaluate(() => document.body.dataset.tooltipRan)).toBeUndefined();
});

test('an entry whose front matter is JavaScript (---js) runs nothing when opened', async ({ page }) => {
  await site.openEditor(page, 'collections/places');
  await expect(page.getByText('Bãi Cháy Bridge').or(page.getByText('Cầu Bãi Cháy')).first()).toBeVisible({
    timeout: 60_000,
  });
  // Committed after /admin/ loaded (the content check would refuse it, and the page reads content).
  const payload = "{ name: (globalThis.frontMatterRan = 'yes', 'Chợ đêm'), category: 'market' }";
  writeFileSync(join(site.root, 'content/places/zz-code.vi.md'), `---js\n${payload}\n---\nBody\n`);
  site.git('add', 'content/places/zz-code.vi.md');
  site.git('commit', '-qm', 'An entry whose front matter is code');
  // Reloading the list and opening the entry both make Decap read and parse the file.
  await page.goto(`${site.origin}/admin/#/collections/experts`);
  await page.goto(`${site.origin}/admin/#/collections/places/entries/zz-code`);
  await page.waitForTimeout(5_000);
  expect(await page.evaluate(() => (globalThis as { frontMatterRan?: string }).frontMatterRan)).toBeUndefined();
});
