/**
 * The site's Content-Security-Policy, in one place: Astro writes it into every page as a <meta> tag
 * (with the hashes of the scripts and styles it bundles, see astro.config.mjs), and the server
 * configurations add what a <meta> tag cannot carry (frame-ancestors), see response-headers.ts.
 */

/** Origins the online map layer loads tiles from, derived from site.yaml's map.onlineLayer.url. */
export function tileOrigins(tileUrl: string | undefined): string[] {
  if (!tileUrl) return [];
  // {s} (a subdomain letter) becomes a wildcard host; {z}/{x}/{y} are only in the path.
  const wildcard = /^(https?:\/\/)\{s\}\./.exec(tileUrl);
  const url = new URL(tileUrl.replace(/\{[a-z0-9]+\}/gi, '0'));
  return [wildcard ? `${url.protocol}//*.${url.host.replace(/^0\./, '')}` : url.origin];
}

/** The directives this file writes; a subset of what Astro's `security.csp.directives` accepts. */
export type PageDirective = `${
  | 'default-src'
  | 'img-src'
  | 'media-src'
  | 'connect-src'
  | 'worker-src'
  | 'manifest-src'
  | 'font-src'
  | 'object-src'
  | 'base-uri'
  | 'form-action'
  | 'frame-src'} ${string}`;

/**
 * Every directive except script-src and style-src, which Astro writes itself (resources below plus
 * the hashes of every script and stylesheet it emits). No directive names a CDN: the site serves its
 * own decoders, fonts and wasm (CONVENTIONS: no network request leaves the origin unless configured).
 */
export function pageDirectives(tiles: readonly string[]): PageDirective[] {
  const withTiles = (...sources: string[]) => [...sources, ...tiles].join(' ');
  return [
    "default-src 'self'",
    // data: for inline SVG/PNG icons (Leaflet's and our own), blob: for textures three.js unpacks
    // from a .glb, the tile host for the online map layer.
    `img-src ${withTiles("'self'", 'data:', 'blob:')}`,
    // blob: for narration played from a cached download.
    "media-src 'self' blob:",
    // blob: because three.js's GLTFLoader fetches the textures it unpacks from a .glb (scans carry
    // them) with fetch() + createImageBitmap: a URL of bytes already in the page, nothing leaves it.
    `connect-src ${withTiles("'self'", 'blob:')}`,
    // blob: for Spark's splat sorter (@sparkjsdev/spark): it starts its worker from a Blob of its own
    // bundled code (no file to serve instead) and hands it the WebAssembly it compiled, which
    // 'wasm-unsafe-eval' below allows. The Blob is made by our own script; nothing is fetched.
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
  ];
}

/**
 * script-src resources: our own files, and 'wasm-unsafe-eval' because Pagefind (search) and ZXing
 * (the QR scanner's fallback decoder) compile WebAssembly. Never 'unsafe-inline': every inline script
 * is one Astro bundled and hashed.
 */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * style-src resources: our own stylesheets (hashed when Astro inlines them), and style *attributes*
 * only (style-src-attr): the printed labels size their grid with one, and Leaflet's markers carry
 * them. A style attribute cannot run script or load anything img-src does not allow.
 */
export const STYLE_RESOURCES = ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }] as const;

/** The policy sent as an HTTP header on every page: what a <meta> tag cannot say. */
export const HEADER_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

/**
 * Every response that is not a page or a script (images, SVG, XML, audio, data, uploads): opened
 * directly, an SVG or XML file is a document of the site's origin, and a <script> or onload= in it
 * would run there. This policy loads nothing, runs nothing (sandbox without allow-scripts, and a
 * unique origin, so no storage or cookies either) and keeps inline style so an SVG still draws.
 * Scripts are left out: a worker (sw.js, Pagefind's) runs under its own response's policy.
 */
export const FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

/**
 * The CMS at /admin/ (Decap CMS, a large React app that is not an Astro page) gets its own, looser
 * policy: inline styles (CSS-in-JS), eval for its YAML/markdown widgets, previews from blob: and data:,
 * and its Git backend's API. Edit CMS_BACKEND_ORIGINS to match the backend in public/admin/config.yml.
 */
export const CMS_BACKEND_ORIGINS = ['https://api.github.com'];

/**
 * The /admin/ policy; `localBackends` adds decap-server's origin under `npm run edit`, which serves
 * /admin/ with this same policy so a page that breaks it fails on the editor's machine first.
 */
export function adminPolicy(localBackends: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "media-src 'self' blob:",
    // blob: because Decap reads an upload back from its blob: URL (fetch) to send it to the backend on
    // save: without it every file upload (a recording master, a scan) fails as the entry is saved.
    `connect-src ${["'self'", 'blob:', ...CMS_BACKEND_ORIGINS, ...localBackends].join(' ')}`,
    "frame-src 'self' blob:",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
export const ADMIN_POLICY = adminPolicy();
