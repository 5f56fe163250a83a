import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSitePath, staticImportsOf } from './js-imports.ts';

/** A lazily loaded chunk of the built site (its name matching `entry`) and everything it imports statically. */
export function lazyChunks(dist: string, entry: RegExp): string[] {
  const start = readdirSync(join(dist, '_astro')).filter((f) => entry.test(f) && f.endsWith('.js'));
  return withImports(
    dist,
    start.map((f) => `/_astro/${f}`),
  );
}

/**
 * Site paths of built files and, for scripts, every module they import statically (what the browser
 * fetches before the code runs); a stylesheet or image is just itself.
 */
export function withImports(dist: string, paths: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...paths];
  for (let path = queue.shift(); path; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    if (!path.endsWith('.js')) continue;
    for (const ref of staticImportsOf(readFileSync(join(dist, path), 'utf8'))) {
      const resolved = resolveSitePath(ref, path);
      if (resolved) queue.push(resolved);
    }
  }
  return [...seen];
}
