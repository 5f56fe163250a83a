import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../content/loader/load-catalog.ts';
import { FILE_POLICY, HEADER_POLICY } from './content-security-policy.ts';
import { DOCUMENT_TYPES, type HeaderRule, headerRules, renderHeadersFile } from './headers-file.ts';
import { IMMUTABLE, permissionsPolicy, responseHeaders } from './response-headers.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const nginxConf = readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8');
const { languages } = loadCatalog(root).site;

const samplePaths = [
  '/',
  '/vi/',
  '/en/exhibits/some-exhibit/',
  '/vi/scan/',
  '/fr/scan/',
  '/en/map/',
  '/ja/map/',
  '/ja/map/ha-long/',
  '/ko/downloads/',
  '/_astro/client.abc123.js',
  '/sw.js',
  '/en/manifest.webmanifest',
  '/audio/exhibits/a.vi.webm',
  '/admin/',
  '/admin/config.yml',
  '/images/exhibits/drum.svg',
  '/images/uploads/Scan.SVG',
  '/admin/assets/logo-abc123.svg',
  '/sitemap.xml',
  '/en/index.html',
  '/pagefind/pagefind-worker.js',
];
/** The extensions a build of the sample paths would hold. */
const sampleExtensions = [...new Set(samplePaths.flatMap((path) => /\.([a-z0-9]+)$/i.exec(path)?.[1] ?? []))];

/** The `map $uri $name { … }` block of deploy/nginx.conf as [pattern, value] pairs. */
function nginxMap(name: string): Map<string, string> {
  const block = new RegExp(`map \\$uri \\$${name} \\{([\\s\\S]*?)\\n\\}`).exec(nginxConf)?.[1];
  if (!block) throw new Error(`deploy/nginx.conf has no map for $${name}`);
  const entries = [...block.matchAll(/^\s*("[^"]*"|\S+)\s+"([^"]*)";/gm)];
  return new Map(entries.map((m) => [m[1]!.replace(/^"|"$/g, ''), m[2]!]));
}

/** What nginx's map yields for a path: the first matching regex, else the default. */
function nginxValue(name: string, path: string): string {
  for (const [pattern, value] of nginxMap(name)) {
    // `~*` is nginx's case-insensitive match, `~` its case-sensitive one.
    const regex = pattern.startsWith('~*') ? new RegExp(pattern.slice(2), 'i') : new RegExp(pattern.slice(1));
    if (pattern.startsWith('~') && regex.test(path)) return value;
  }
  return nginxMap(name).get('default') ?? '';
}

/** Cloudflare Pages: every matching rule applies, values of one header joined in rule order. */
function cloudflareHeaders(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

function matches(pattern: string, path: string): boolean {
  return new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(path);
}

/** A Permissions-Policy dictionary as the browser reads it: the last value of a feature wins. */
function features(policy: string): Record<string, string> {
  return Object.fromEntries(policy.split(',').map((entry) => entry.trim().split('=') as [string, string]));
}

describe('deploy/nginx.conf', () => {
  it('sends the table’s Permissions-Policy, Content-Security-Policy and Cache-Control for every kind of path', () => {
    for (const path of samplePaths) {
      const expected = responseHeaders(path);
      expect(nginxValue('museum_permissions_policy', path), path).toBe(expected['Permissions-Policy']);
      expect(nginxValue('museum_content_security_policy', path), path).toBe(expected['Content-Security-Policy']);
      expect(nginxValue('museum_cache_control', path), path).toBe(expected['Cache-Control']);
      expect(nginxValue('museum_robots', path), path).toBe(expected['X-Robots-Tag'] ?? '');
    }
  });

  it('sends the fixed security headers on every response, errors included', () => {
    const fixed = responseHeaders('/');
    for (const name of ['Referrer-Policy', 'X-Content-Type-Options', 'X-Frame-Options'] as const)
      expect(nginxConf).toContain(`add_header ${name} "${fixed[name]}" always;`);
    for (const variable of ['content_security_policy', 'permissions_policy', 'cache_control'])
      expect(nginxConf).toMatch(new RegExp(`add_header [A-Za-z-]+ \\$museum_${variable} always;`));
  });

  it('serves the localized not-found page for any language the site builds, with no list of them', () => {
    // A language is content: the rule takes any language code, so adding one changes nothing here.
    const rule = /location ~ "(\^\/\(\?<museum_lang>[^"]+)" \{([^}]*)\}/.exec(nginxConf);
    expect(rule, 'a location capturing museum_lang').not.toBeNull();
    const pattern = new RegExp(rule![1]!);
    for (const lang of [...languages, 'ru', 'th', 'pt-br']) expect(pattern.test(`/${lang}/x/`), lang).toBe(true);
    for (const folder of ['x', '_astro', 'audio', 'zoom', 'models', 'admin'])
      expect(pattern.test(`/${folder}/a`), folder).toBe(false);
    // Its not-found page: the language's own, else (a code that is no language of the site) the page in every language.
    expect(rule![2]).toContain('error_page 404 @not_found_in_language;');
    expect(nginxConf).toMatch(
      /location @not_found_in_language \{\s*try_files \/\$museum_lang\/404\/index\.html \/404\.html =404;/,
    );
    // "api" looks like a language code: its prefix location must win over the regular expression.
    expect(nginxConf).toContain('location ^~ /api/ {');
  });

  it('uses add_header only at server level (a location with its own add_header would drop the others)', () => {
    const locations = [...nginxConf.matchAll(/location [^{]+\{([^}]*)\}/g)].map((m) => m[1]!);
    for (const body of locations) expect(body).not.toContain('add_header');
  });
});

describe('a file that is not a page or a script (an SVG opened directly)', () => {
  it('gets a policy that loads and runs nothing, from the table, nginx and _headers alike', () => {
    const rules = headerRules(languages, sampleExtensions);
    for (const path of ['/images/exhibits/drum.svg', '/images/uploads/Scan.SVG', '/admin/assets/logo-abc123.svg']) {
      expect(responseHeaders(path)['Content-Security-Policy'], path).toBe(FILE_POLICY);
      expect(nginxValue('museum_content_security_policy', path), path).toBe(FILE_POLICY);
      expect(cloudflareHeaders(rules, path)['Content-Security-Policy']?.split(', '), path).toContain(FILE_POLICY);
    }
    expect(FILE_POLICY).toMatch(/default-src 'none'.*sandbox$/);
    // Pages and scripts (a service worker runs under its own response's policy) keep theirs.
    for (const path of ['/en/', '/en/index.html', '/sw.js', '/pagefind/pagefind-worker.js'])
      expect(responseHeaders(path)['Content-Security-Policy'], path).toBe(HEADER_POLICY);
  });
});

describe('the _headers file for static hosts', () => {
  const rules = headerRules(languages, sampleExtensions);

  it('gives every path the same headers as nginx, read the way Cloudflare Pages combines rules', () => {
    for (const path of samplePaths) {
      const expected = responseHeaders(path);
      const got = cloudflareHeaders(rules, path);
      expect(features(got['Permissions-Policy'] ?? ''), path).toEqual(features(expected['Permissions-Policy']));
      for (const name of ['Referrer-Policy', 'X-Content-Type-Options', 'X-Frame-Options'] as const)
        expect(got[name], `${path} ${name}`).toBe(expected[name]);
      // Several CSP headers are several policies, all enforced: the table's must be among them.
      expect(got['Content-Security-Policy']?.split(', '), path).toContain(expected['Content-Security-Policy']);
      if (path.startsWith('/_astro/')) expect(got['Cache-Control']).toBe(IMMUTABLE);
      else if (got['Cache-Control']) expect(got['Cache-Control'], path).toBe(expected['Cache-Control']);
    }
  });

  it('gives every path the same headers read the Netlify way (the most specific rule’s value)', () => {
    for (const path of samplePaths) {
      const expected = responseHeaders(path);
      const last = (name: string) =>
        rules.filter((r) => matches(r.pattern, path) && r.headers[name]).at(-1)?.headers[name];
      expect(last('Permissions-Policy'), path).toBe(permissionsPolicy(path));
      expect(last('Content-Security-Policy'), path).toBe(expected['Content-Security-Policy']);
      expect(last('Cache-Control') ?? 'no-cache', path).toBe(expected['Cache-Control']);
    }
  });

  it('has a plain-file rule for every document type even before such a file is deployed', () => {
    for (const ext of DOCUMENT_TYPES)
      expect(headerRules(languages).find((r) => r.pattern === `/*.${ext}`)?.headers, ext).toEqual({
        'Content-Security-Policy': FILE_POLICY,
      });
  });

  it('is written as blocks of a path and indented headers', () => {
    const text = renderHeadersFile(rules);
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: frame-ancestors 'none'/m);
    expect(text).toContain(`/vi/scan/*\n  Permissions-Policy: camera=(self)`);
    expect(text.endsWith('\n')).toBe(true);
  });
});
