import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ASTRO_TELEMETRY_OFF } from '../../tools/install/astro-env.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(PROJECT, 'test/fixtures/content/valid');

export const XSS_PAYLOADS = readFileSync(join(PROJECT, 'test/fixtures/xss-payloads.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);

/** Every free-text field that reaches a page, per kind (names, summaries, addresses, alt texts, notes). */
const TEXT_FIELDS: Record<string, string[]> = {
  places: ['name', 'summary', 'address', 'photoAlt', 'statusNote'],
  exhibits: ['title', 'summary', 'period', 'materials', 'imageAlt', 'dimensions'],
  experts: ['name', 'role', 'photoAlt', 'beats'],
  museums: ['name', 'address', 'summary', 'imageAlt', 'phone'],
  galleries: ['title', 'summary', 'imageAlt'],
};
const LIMIT: Record<string, number> = { name: 80, title: 120, summary: 300 };

/**
 * The small valid content fixture with an XSS payload in every text field and the whole corpus in every
 * Markdown body and in the site's name and tagline, as a site folder under .tmp/ ready to build.
 */
export function payloadSite(): string {
  mkdirSync(join(PROJECT, '.tmp'), { recursive: true });
  const root = mkdtempSync(join(PROJECT, '.tmp', 'xss-site-'));
  for (const part of ['astro.config.mjs', 'tsconfig.json', 'src'])
    cpSync(join(PROJECT, part), join(root, part), { recursive: true });
  cpSync(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(FIXTURE, 'public'), join(root, 'public'), { recursive: true });
  cpSync(join(PROJECT, 'content/ui'), join(root, 'content/ui'), { recursive: true });
  cpSync(join(PROJECT, 'public/favicon.svg'), join(root, 'public/favicon.svg'));
  cpSync(join(PROJECT, 'public/icons'), join(root, 'public/icons'), { recursive: true });
  let next = 0;
  const payload = (max = 1000) => {
    for (let tries = 0; tries < XSS_PAYLOADS.length; tries++) {
      const candidate = XSS_PAYLOADS[next++ % XSS_PAYLOADS.length] ?? '';
      if (candidate.length <= max) return candidate;
    }
    return '<script>alert(1)</script>';
  };
  for (const [kind, fields] of Object.entries(TEXT_FIELDS)) {
    const dir = join(root, 'content', kind);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`no front matter in ${file}`);
      const data = parse(match[1] ?? '') as Record<string, unknown>;
      for (const field of fields) {
        if (field === 'phone') continue; // a pattern field: the schema refuses any payload
        if (field === 'beats') data.beats = [payload(), payload()];
        else if (field in data || file.endsWith('.vi.md')) data[field] = payload(LIMIT[field]);
      }
      writeFileSync(join(dir, file), `---\n${stringify(data)}---\n${XSS_PAYLOADS.join('\n\n')}\n`);
    }
  }
  const sitePath = join(root, 'content/site.yaml');
  const site = parse(readFileSync(sitePath, 'utf8')) as Record<string, Record<string, string>>;
  for (const lang of Object.keys(site.name ?? {})) {
    (site.name as Record<string, string>)[lang] = payload();
    if (site.tagline) site.tagline[lang] = payload();
  }
  writeFileSync(sitePath, stringify(site));
  return root;
}

/** `astro build` in the folder (its own content/, public/ and dist/). */
export function buildSite(root: string): string {
  execFileSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, ...ASTRO_TELEMETRY_OFF, BUILD_VERSION: 'xss-test' },
    stdio: 'pipe',
  });
  return join(root, 'dist');
}

/** Every .html file under `dir`, recursively. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}
