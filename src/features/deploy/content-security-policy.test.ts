import { describe, expect, it } from 'vitest';
import { pageDirectives, SCRIPT_RESOURCES, tileOrigins } from './content-security-policy.ts';

describe('tileOrigins', () => {
  it('takes the origin of the online map layer, whatever its path placeholders', () => {
    expect(tileOrigins('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toEqual(['https://tile.openstreetmap.org']);
    expect(tileOrigins('https://tiles.example.vn:8443/{z}/{x}/{y}.webp?key=1')).toEqual([
      'https://tiles.example.vn:8443',
    ]);
  });

  it('turns a {s} subdomain into a wildcard host', () => {
    expect(tileOrigins('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toEqual(['https://*.tile.example.org']);
  });

  it('adds nothing when there is no online layer', () => {
    expect(tileOrigins(undefined)).toEqual([]);
  });
});

describe('pageDirectives', () => {
  it('lets images and fetches reach the tile host and nothing else off the site', () => {
    const directives = pageDirectives(['https://tile.example.org']);
    expect(directives).toContain("img-src 'self' data: blob: https://tile.example.org");
    expect(directives).toContain("connect-src 'self' blob: https://tile.example.org");
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("object-src 'none'");
  });

  it('leaves script-src and style-src to Astro, and frame-ancestors to the server (a meta tag cannot carry it)', () => {
    const names = pageDirectives([]).map((d) => d.split(' ')[0]);
    expect(names).not.toContain('script-src');
    expect(names).not.toContain('style-src');
    expect(names).not.toContain('frame-ancestors');
  });

  it('never allows inline scripts', () => {
    expect(SCRIPT_RESOURCES).not.toContain("'unsafe-inline'");
  });
});
