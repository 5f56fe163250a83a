import { ADMIN_POLICY, FILE_POLICY } from './content-security-policy.ts';
import { IMMUTABLE, permissionsPolicy, REVALIDATE, securityHeaders } from './response-headers.ts';

/** One block of a `_headers` file: a path pattern and the headers it adds. */
export type HeaderRule = { pattern: string; headers: Record<string, string> };

/**
 * Extensions that make a browser open a file as a document of the site (and so run its scripts) when
 * visited directly: they get FILE_POLICY in _headers even before a file of that type is deployed.
 */
export const DOCUMENT_TYPES = ['svg', 'svgz', 'xml', 'xsl', 'xslt', 'xhtml', 'xht', 'pdf'] as const;

/**
 * The rules of a `_headers` file (Netlify, Cloudflare Pages and hosts that copy their syntax), from the
 * same table as deploy/nginx.conf. A static host cannot say "every file with an extension", so the
plain files' policy is one `/*.{ext}` rule per extension the build holds (`fileExtensions`) and per
DOCUMENT_TYPES, after the others, so it is the last (Netlify) or an added, stricter (Cloudflare) policy.
Ordered from general to specific: Cloudflare joins the values of
 * every matching rule in order, and Permissions-Policy is a dictionary in which the last value of a
 * feature wins, so the scan page's camera=(self) overrides camera=() on both hosts.
 */
export function headerRules(languages: readonly string[], fileExtensions: readonly string[] = []): HeaderRule[] {
  // Host patterns are case-sensitive: the extensions as the files spell them, and document types in
  // both cases.
  const documentTypes = DOCUMENT_TYPES.flatMap((ext) => [ext, ext.toUpperCase()]);
  const extensions = [...new Set([...documentTypes, ...fileExtensions])]
    .filter((ext) => !/^(?:html?|m?js)$/i.test(ext))
    .sort();
  const perLanguage = (page: string, path: (lang: string) => string) =>
    languages.map((lang) => ({
      pattern: `/${lang}/${page}/*`,
      headers: { 'Permissions-Policy': permissionsPolicy(path(lang)) },
    }));
  return [
    { pattern: '/*', headers: securityHeaders('/') },
    { pattern: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
    { pattern: '/sw.js', headers: { 'Cache-Control': REVALIDATE } },
    ...languages.map((lang) => ({
      pattern: `/${lang}/manifest.webmanifest`,
      headers: { 'Cache-Control': REVALIDATE },
    })),
    ...perLanguage('scan', (lang) => `/${lang}/scan/`),
    ...perLanguage('map', (lang) => `/${lang}/map/`),
    ...perLanguage('downloads', (lang) => `/${lang}/downloads/`),
    {
      pattern: '/admin/*',
      headers: { 'Content-Security-Policy': ADMIN_POLICY, 'Cache-Control': REVALIDATE, 'X-Robots-Tag': 'noindex' },
    },
    ...extensions.map((ext) => ({ pattern: `/*.${ext}`, headers: { 'Content-Security-Policy': FILE_POLICY } })),
  ];
}

export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(
    (rule) =>
      `${rule.pattern}\n${Object.entries(rule.headers)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}`,
  );
  return `# Generated at build from src/features/deploy/ (the same rules as deploy/nginx.conf); edit those, not this.\n${blocks.join('\n')}\n`;
}
