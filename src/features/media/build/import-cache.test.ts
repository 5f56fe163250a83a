import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { importCacheFolder, keepImport, reuseCachedImport } from './import-cache.ts';

const scratch = mkdtempSync(join(tmpdir(), 'import-cache-'));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(scratch, { recursive: true, force: true });
});
const key = { kind: 'splats', fingerprint: 'a'.repeat(64), id: 'drum' } as const;
const level = 'public/splats/drum/coarse.spz';

describe('the import cache', () => {
  it('lives beside Astro’s cache unless MUSEUM_IMPORT_CACHE says where', () => {
    vi.stubEnv('MUSEUM_IMPORT_CACHE', '');
    expect(importCacheFolder('/site')).toBe(join('/site', 'node_modules', '.cache', 'museum-imports'));
    vi.stubEnv('MUSEUM_IMPORT_CACHE', join(scratch, 'cache'));
    expect(importCacheFolder('/site')).toBe(join(scratch, 'cache'));
  });

  it('gives an entry back only to the exhibit its files are named after', () => {
    mkdirSync(join(scratch, 'public/splats/drum'), { recursive: true });
    writeFileSync(join(scratch, level), 'levels');
    expect(keepImport(scratch, key, [level], { n: 1 })).toBeUndefined();
    rmSync(join(scratch, level));
    expect(reuseCachedImport(scratch, { ...key, id: 'vase' }, z.unknown())).toBeUndefined();
    expect(existsSync(join(scratch, level))).toBe(false);
    expect(reuseCachedImport(scratch, key, z.object({ n: z.number() }))).toEqual({ n: 1 });
    expect(existsSync(join(scratch, level))).toBe(true);
  });

  it('clears scratch folders a killed build left more than an hour ago, never a running one’s', () => {
    const parent = join(scratch, 'cache', 'splats');
    const old = join(parent, '.incomplete-killed');
    const running = join(parent, '.incomplete-running');
    mkdirSync(old, { recursive: true });
    mkdirSync(running);
    utimesSync(old, new Date(Date.now() - 2 * 3_600_000), new Date(Date.now() - 2 * 3_600_000));
    keepImport(scratch, key, [level], { n: 1 });
    expect([existsSync(old), existsSync(running)]).toEqual([false, true]);
  });
});
