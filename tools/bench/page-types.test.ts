import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countPages } from './count-pages.ts';
import { pageSamples } from './page-types.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function distWith(pages: string[]): string {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  made.push(dist);
  for (const page of pages) {
    mkdirSync(join(dist, page), { recursive: true });
    writeFileSync(join(dist, page, 'index.html'), '<p>page</p>');
  }
  return dist;
}

describe('pageSamples', () => {
  it('picks the alphabetically first id of each type and skips types with no page', () => {
    const dist = distWith(['', 'vi', 'vi/places', 'vi/places/zoo', 'vi/places/bay', 'vi/exhibits/drum', 'x/qn-101']);
    expect(pageSamples(dist)).toEqual([
      { type: 'root', path: '/' },
      { type: 'home', path: '/vi/' },
      { type: 'exhibit', path: '/vi/exhibits/drum/' },
      { type: 'places list', path: '/vi/places/' },
      { type: 'place', path: '/vi/places/bay/' },
      { type: 'short link', path: '/x/qn-101/' },
    ]);
  });
});

describe('countPages', () => {
  it('counts every HTML file, nested or not', () => {
    const dist = distWith(['', 'vi', 'vi/exhibits/drum']);
    writeFileSync(join(dist, '404.html'), '');
    writeFileSync(join(dist, 'vi', 'app.js'), '');
    expect(countPages(dist)).toBe(4);
  });
});
