import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingOptionalDependencies, type PackageLock } from './lock-platforms.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const readLock = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PackageLock;

describe('package-lock.json installs on every platform', () => {
  it('holds every optional dependency of every package, so npm ci passes on Mac, Windows and ARM', () => {
    const missing = missingOptionalDependencies(readLock(join(PROJECT, 'package-lock.json')));
    const lines = missing.map((m) => `${m.owner} → ${m.dependency}`);
    expect(lines, 'regenerate the lock with npm 11 (npm install), which records every platform').toEqual([]);
  });

  it('refuses the lock of a9fecd6, which held only the Linux builds of the native packages', () => {
    // The entries of rollup, biome, pagefind and Astro's compiler binding, as that lock had them.
    const old = readLock(join(import.meta.dirname, 'fixtures', 'lock-linux-only.json'));
    const missing = missingOptionalDependencies(old);
    const owners = new Set(missing.map((m) => m.owner));
    expect([...owners].sort()).toEqual([
      'node_modules/@astrojs/compiler-binding',
      'node_modules/@biomejs/biome',
      'node_modules/pagefind',
      'node_modules/rollup',
    ]);
    expect(missing).toContainEqual({ owner: 'node_modules/rollup', dependency: '@rollup/rollup-darwin-arm64' });
    expect(missing).toContainEqual({ owner: 'node_modules/@biomejs/biome', dependency: '@biomejs/cli-win32-x64' });
    // The Linux builds it did hold are found.
    expect(missing).not.toContainEqual({ owner: 'node_modules/rollup', dependency: '@rollup/rollup-linux-x64-gnu' });
  });

  it('finds a dependency nested under its owner before the top-level one', () => {
    const lock: PackageLock = {
      packages: {
        'node_modules/a': {},
        'node_modules/b/node_modules/c': { optionalDependencies: { a: '1', d: '1' } },
        'node_modules/b/node_modules/d': {},
      },
    };
    expect(missingOptionalDependencies(lock)).toEqual([]);
    delete lock.packages['node_modules/b/node_modules/d'];
    expect(missingOptionalDependencies(lock)).toEqual([{ owner: 'node_modules/b/node_modules/c', dependency: 'd' }]);
  });
});
