import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileForRequest, serveDirectory } from './static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'labels-site-'));
mkdirSync(join(root, 'print', 'labels'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<p>home</p>');
writeFileSync(join(root, 'print', 'labels', 'index.html'), '<p>labels</p>');
writeFileSync(join(root, 'site.css'), 'p{}');
const outside = `${root}-secret.txt`;
writeFileSync(outside, 'secret');

describe('fileForRequest', () => {
  it('serves directories by their index.html, as the static host does', () => {
    expect(fileForRequest(root, '/')).toBe(join(root, 'index.html'));
    expect(fileForRequest(root, '/print/labels/?x=1')).toBe(join(root, 'print', 'labels', 'index.html'));
    expect(fileForRequest(root, '/site.css')).toBe(join(root, 'site.css'));
  });
  it('finds nothing for a missing file or a directory without its slash', () => {
    expect(fileForRequest(root, '/nope.html')).toBeUndefined();
    expect(fileForRequest(root, '/print/labels')).toBeUndefined();
  });
  it('never leaves the root', () => {
    const name = outside.split('/').at(-1);
    expect(fileForRequest(root, `/..%2f${name}`)).toBeUndefined();
    expect(fileForRequest(root, `/../${name}`)).toBeUndefined();
    expect(fileForRequest(root, '/%E0%A4%A')).toBeUndefined();
  });
});

describe('serveDirectory', () => {
  const started = serveDirectory(root);
  afterAll(async () => (await started).close());

  it('answers files with their type and anything else with 404, on 127.0.0.1 only', async () => {
    const { origin } = await started;
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${origin}/print/labels/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<p>labels</p>');
    expect((await fetch(`${origin}/site.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(`${origin}/missing/`)).status).toBe(404);
  });
});
