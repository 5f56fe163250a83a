import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const PROJECT = join(import.meta.dirname, '..', '..');
const VALID = join(PROJECT, 'test/fixtures/content/valid');
const VARIANTS = join(PROJECT, 'test/fixtures/site-variants');

/**
 * A small site under .tmp/ built from the same code: the valid content fixture, plus a second museum
 * (prefix CH) and a seventh language, Russian, added as content only (its code in site.yaml, its UI
 * strings in content/ui/ru.json, translated entries): test/fixtures/site-variants/. `siteYaml` appends
 * settings, e.g. a single venue.
 */
export function variantSite(name: string, siteYaml = ''): string {
  mkdirSync(join(PROJECT, '.tmp'), { recursive: true });
  const root = mkdtempSync(join(PROJECT, '.tmp', `${name}-`));
  for (const part of ['astro.config.mjs', 'tsconfig.json', 'src'])
    cpSync(join(PROJECT, part), join(root, part), { recursive: true });
  cpSync(join(VALID, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(VALID, 'public'), join(root, 'public'), { recursive: true });
  cpSync(join(PROJECT, 'public/favicon.svg'), join(root, 'public/favicon.svg'));
  cpSync(join(PROJECT, 'public/icons'), join(root, 'public/icons'), { recursive: true });
  cpSync(join(PROJECT, 'content/ui'), join(root, 'content/ui'), { recursive: true });
  cpSync(join(VARIANTS, 'content'), join(root, 'content'), { recursive: true });
  // The fixture's Russian holds the strings these tests read; the rest are English until translated
  // (the UI strings test holds content/ui/ itself to every key in every language).
  const english = JSON.parse(readFileSync(join(PROJECT, 'content/ui/en.json'), 'utf8')) as Record<string, string>;
  const russian = JSON.parse(readFileSync(join(VARIANTS, 'content/ui/ru.json'), 'utf8')) as Record<string, string>;
  writeFileSync(join(root, 'content/ui/ru.json'), JSON.stringify({ ...english, ...russian }));
  const sitePath = join(root, 'content/site.yaml');
  const site = readFileSync(sitePath, 'utf8')
    .replace('languages: [vi, en, zh]', 'languages: [vi, en, zh, ru]')
    .replace(
      'name: { vi: Bảo tàng Thử, en: Test Museum }',
      'name: { vi: Bảo tàng Thử, en: Test Museum, ru: Тестовый музей }',
    );
  writeFileSync(sitePath, `${site}${siteYaml}`);
  return root;
}

/** Serves `dist` to the page at http://fixture.test/ through the browser's router: no second web server. */
export async function serveFixture(page: Page, dist: string): Promise<void> {
  await page.route('http://fixture.test/**', (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ path: file });
  });
}
