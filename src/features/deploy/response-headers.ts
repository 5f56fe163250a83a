import { ADMIN_POLICY, FILE_POLICY, HEADER_POLICY } from './content-security-policy.ts';

/**
 * The headers every server configuration must send, by path: deploy/nginx.conf, the generated
 * _headers file for static hosts, and `npm run serve` all follow this one table, and tests check that
 * each agrees with it.
 */

const denied = ['accelerometer', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb'];

/**
 * Permissions-Policy: the camera only for the scanner, location only for the map's "near me" and the
 * downloads page's "nearest Wi-Fi" (asked only when the visitor presses the button).
 */
export function permissionsPolicy(path: string): string {
  const camera = isScanPage(path) ? 'camera=(self)' : 'camera=()';
  const geolocation = isMapPage(path) || isDownloadsPage(path) ? 'geolocation=(self)' : 'geolocation=()';
  return [camera, geolocation, ...denied.map((feature) => `${feature}=()`)].join(', ');
}

export function isScanPage(path: string): boolean {
  return /^\/[a-z]{2,3}\/scan\//.test(path);
}

export function isMapPage(path: string): boolean {
  return /^\/[a-z]{2,3}\/map\//.test(path);
}

export function isDownloadsPage(path: string): boolean {
  return /^\/[a-z]{2,3}\/downloads\//.test(path);
}

export function isAdmin(path: string): boolean {
  return path === '/admin' || path.startsWith('/admin/');
}

/**
 * A file that is neither a page nor a script: its name has an extension other than .html or .js
 * (pages are folders with an index.html, or .html files). These get FILE_POLICY.
 */
export function isPlainFile(path: string): boolean {
  return /\/[^/]*\.(?!(?:html?|m?js)$)[a-z0-9]+$/i.test(path);
}

/** The Content-Security-Policy header for a path. */
export function contentSecurityPolicy(path: string): string {
  if (isPlainFile(path)) return FILE_POLICY;
  return isAdmin(path) ? ADMIN_POLICY : HEADER_POLICY;
}

/** Files whose names carry a content hash: they never change, so they are cached for a year. */
export function isHashedAsset(path: string): boolean {
  return path.startsWith('/_astro/');
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Security headers for a path (those a <meta> tag cannot carry). */
export function securityHeaders(path: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(path),
    'Permissions-Policy': permissionsPolicy(path),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
  };
}

/**
 * Everything the site's own rules add to a response for `path`: security headers and caching (hashed
 * assets for a year; everything else, HTML, sw.js and the manifests included, revalidated each time,
 * which costs a 304 when nothing changed).
 */
export function responseHeaders(path: string): Record<string, string> {
  return {
    ...securityHeaders(path),
    'Cache-Control': isHashedAsset(path) ? IMMUTABLE : REVALIDATE,
    ...(isAdmin(path) ? { 'X-Robots-Tag': 'noindex' } : {}),
  };
}
