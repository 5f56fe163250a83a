import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

const known = new Map<string, string>();

/**
 * The original's content hash (16 hex digits): names its zoom tiles and keys every cache, so a photo
 * replaced under the same name is processed again and an unchanged one never is. Kept per process by
 * path, size and modification time: every language's page asks for it.
 */
export function photoHash(path: string): string {
  const { size, mtimeMs } = statSync(path);
  const key = `${path} ${size} ${mtimeMs}`;
  let hash = known.get(key);
  if (!hash) {
    hash = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
    known.set(key, hash);
  }
  return hash;
}
