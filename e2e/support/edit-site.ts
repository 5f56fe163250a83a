import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { freePort } from './free-port.ts';
import { expect as baseExpect, test } from './test.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
// The machine is shared; Decap's first render of a form can take more than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

/**
 * A throwaway copy of the site in its own git repository, edited through `npm run edit` (astro dev +
 * decap-server in git mode), so the browser tests never touch the real content/. It lives under .tmp/
 * (ignored by git) so packages resolve from the project's node_modules; no package.json is copied, so
 * Vite's file-serving root stays the project and its node_modules may be served.
 */
export class EditSite {
  private folder: string | null = null;
  private ports: { site: number; decap: number } | null = null;
  private process: ChildProcess | null = null;
  readonly output: string[] = [];

  /** The site's port (astro dev), chosen when the copy starts. */
  get port(): number {
    if (!this.ports) throw new Error('EditSite: start() chooses the ports; call it first');
    return this.ports.site;
  }

  /** The port the editor talks to decap-server on (its guard), chosen when the copy starts. */
  get decapPort(): number {
    if (!this.ports) throw new Error('EditSite: start() chooses the ports; call it first');
    return this.ports.decap;
  }

  /** The copy's folder; made on first use, so merely loading a test file creates nothing. */
  get root(): string {
    if (this.folder) return this.folder;
    mkdirSync(join(PROJECT, '.tmp'), { recursive: true });
    this.folder = mkdtempSync(join(PROJECT, '.tmp', 'edit-site-'));
    for (const part of [
      '.gitignore',
      'astro.config.mjs',
      'tsconfig.json',
      'src',
      'content',
      'scenes',
      'public',
      'tools',
    ]) {
      cpSync(join(PROJECT, part), join(this.folder, part), { recursive: true });
    }
    this.git('init', '-q', '-b', 'main');
    // The copy holds ~200 MB, most of it photos and models that zlib cannot shrink: storing objects
    // uncompressed halved the first commit (45 s to 22 s at load average 16). The repository is thrown
    // away after the spec; what decap-server reads and writes in it is the same.
    this.git('config', 'core.compression', '0');
    this.git('config', 'user.name', 'Test Editor');
    this.git('config', 'user.email', 'editor@example.invalid');
    this.git('add', '.');
    this.git('commit', '-q', '-m', 'Content as the test starts');
    return this.folder;
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-C', this.root, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  }

  get origin() {
    return `http://localhost:${this.port}`;
  }

  /** Starts `npm run edit` in the copy and waits until the site answers. */
  async start(timeoutMs = 120_000): Promise<void> {
    // Ports nothing listens on: with fixed ones, specs running side by side took each other's, and
    // astro dev, finding its port taken, silently moved to another while the test kept the first.
    const sitePort = await freePort();
    let decapPort = await freePort();
    while (decapPort === sitePort) decapPort = await freePort();
    this.ports = { site: sitePort, decap: decapPort };
    const args = ['tools/cli/edit.ts', '--port', String(this.port), '--decap-port', String(this.decapPort)];
    this.process = spawn(process.execPath, args, { cwd: this.root, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => this.output.push(chunk.toString());
    this.process.stdout?.on('data', keep);
    this.process.stderr?.on('data', keep);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) throw new Error(`npm run edit stopped:\n${this.output.join('')}`);
      try {
        const [site, decap] = await Promise.all([
          fetch(`${this.origin}/admin/`),
          fetch(`http://127.0.0.1:${this.decapPort}/api/v1`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ action: 'info' }),
          }),
        ]);
        if (site.ok && decap.ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`npm run edit did not answer in ${timeoutMs} ms:\n${this.output.join('')}`);
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    this.process = null;
  }

  /**
   * Logs into the editor (the local git backend's button) and opens `#/{hash}`, e.g.
   * `collections/places/new`. No network here: tile requests to the online map layer from site.yaml
   * are refused, so the editor must work without it; confirmation dialogs are accepted.
   */
  async openEditor(page: Page, hash: string): Promise<void> {
    await page.goto(`${this.origin}/admin/`);
    await this.logIn(page);
    await page.goto(`${this.origin}/admin/#/${hash}`);
    await this.loaded(page);
  }

  /**
   * On an /admin/ page that asks to log in: refuses the online map's tiles, accepts confirmation
   * dialogs, logs in with the local git backend's button and waits for the editor to load. Decap then
   * shows the address the page was opened at (e.g. the entry "Mark fixed" opened).
   */
  async logIn(page: Page): Promise<void> {
    await page.route(/^https:\/\/tile\./, (route) => route.abort());
    page.on('dialog', (dialog) => void dialog.accept());
    // The first request to a fresh astro dev waits for the editor's bundle; parsing it takes a while.
    await page.getByRole('button', { name: 'Đăng nhập' }).click({ timeout: 90_000 });
    await this.loaded(page);
  }

  /**
   * A fresh astro dev bundles the editor's modules on their first request: on two busy cores the
   * first form can stay on "Đang tải..." (loading) for a while. That is the development server's
   * doing, not the editor's; wait for it here, once, rather than in every assertion.
   */
  private async loaded(page: Page): Promise<void> {
    await expect(page.getByText('Đang tải...', { exact: true })).toHaveCount(0, { timeout: 60_000 });
  }

  /** Save, then move through the workflow (in review, ready) and publish; the file lands on main. */
  async saveReviewPublish(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Thay đổi đã được lưu')).toBeVisible({ timeout: 30_000 });
    for (const status of ['Đang xét duyệt', 'Sẵn sàng']) {
      await page.getByRole('button', { name: /^Trạng:/ }).click();
      await page
        .getByRole('menuitem', { name: status })
        .or(page.getByText(status, { exact: true }))
        .first()
        .click();
      await expect(page.getByRole('button', { name: new RegExp(`^Trạng: ${status}`) })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText('Công bố ngay', { exact: true }).click();
    const confirm = page.getByRole('dialog').getByRole('button', { name: /Công bố|OK|Xác nhận/ });
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
  }

  /**
   * Waits until `collection`'s entry `id` is published: its draft branch merged into main and deleted,
   * and main checked out again. (While decap-server works it checks draft branches out in the working
   * tree, so the files alone can mislead.)
   */
  async published(collection: 'places' | 'exhibits', id: string): Promise<void> {
    await expect
      .poll(
        () => {
          const drafts = this.git('branch', '--list', `cms/${collection}/${id}`).trim();
          const current = this.git('branch', '--show-current').trim();
          const last = this.git('log', '-1', '--format=%s', 'main');
          return drafts === '' && current === 'main' && last.includes(id);
        },
        { timeout: 60_000 },
      )
      .toBe(true);
  }

  remove(): void {
    if (this.folder && existsSync(this.folder)) rmSync(this.folder, { recursive: true, force: true });
    this.folder = null;
  }
}

/**
 * One copy of the site under `npm run edit` for the calling spec file: started before its first test
 * (after `prepare` has changed the copy, if given), stopped and deleted after its last. The file's
 * tests run one after another on it (serial), in a desktop window (the editor is a desktop tool), with
 * time for a fresh `astro dev` to bundle the editor. Returns the copy and an `expect` that waits 20 s.
 */
export function useEditSite(options: { prepare?: (site: EditSite) => void } = {}) {
  const site = new EditSite();
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  test.use({ viewport: { width: 1400, height: 1000 }, isMobile: false, hasTouch: false });
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    options.prepare?.(site);
    await site.start();
  });
  // What astro dev and decap-server said, beside a failed test's report.
  test.afterEach(async () => {
    const info = test.info();
    if (info.status !== info.expectedStatus)
      await info.attach('npm run edit output', { body: site.output.join(''), contentType: 'text/plain' });
  });
  test.afterAll(async () => {
    await site.stop();
    site.remove();
  });
  return { site, expect };
}
