import { readdirSync } from 'node:fs';
import { extname } from 'node:path';

/** The extensions (no dot, as spelled) of every file under `dir`: the types a deploy serves. */
export function fileExtensions(dir: string): string[] {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const ext = extname(entry.name).slice(1);
    if (entry.isFile() && /^[a-z0-9]+$/i.test(ext)) found.add(ext);
  }
  return [...found].sort();
}
