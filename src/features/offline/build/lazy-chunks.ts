import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSitePath, staticImportsOf } from './js-imports.ts';

/** A lazily loaded chunk of the built site (its name matching `entry`) and everything it imports statically. */
export function lazyChunks(dist: string, entry: RegExp): string[] {
  const start = readdirSync(join(dist, '_astro')).filter((f) => entry.test(f) && f.endsWith('.js'));
  const seen = new Set<string>();
  const queue = start.map((f) => `/_astro/${f}`);
  for (let path = queue.shift(); path; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    for (const ref of staticImportsOf(readFileSync(join(dist, path), 'utf8'))) {
      const resolved = resolveSitePath(ref, path);
      if (resolved) queue.push(resolved);
    }
  }
  return [...seen];
}
