import type { AdminPayload } from './admin-payload.ts';
import { scriptJson } from './admin-payload.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The /admin/ page. Written by our integration rather than rendered as an Astro page: in development
 * Astro injects Vite's client into its pages, which reloads them whenever decap-server checks a draft
 * branch out, and that would throw the editor's unsaved work away mid-edit. Decap takes over the whole
 * page, so it needs no site layout, header or service worker.
 */
export function adminHtml(payload: AdminPayload, options: { lang: string; version: string }): string {
  const s = payload.strings;
  const v = encodeURIComponent(options.version);
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${escapeHtml(s['cms.admin.title'] ?? '')}</title>
    <link rel="stylesheet" href="/admin/cms-style.css?v=${v}" />
    <script type="application/json" id="cms-payload">${scriptJson(payload)}</script>
    <script type="module" src="/admin/cms.js?v=${v}"></script>
  </head>
  <body>
    <noscript><p>${escapeHtml(s['cms.admin.noscript'] ?? '')}</p></noscript>
    <p id="cms-not-configured" hidden>${escapeHtml(s['cms.admin.notConfigured'] ?? '')}</p>
  </body>
</html>
`;
}
