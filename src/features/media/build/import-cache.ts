import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * Imports kept between builds, so a fresh clone (a deploy CI run, where the editor committed only the
 * upload) copies the levels it made before instead of simplifying the mesh or running the converter
 * again. An entry is one folder per fingerprint (the hash of the upload and its placement fields that
 * the exhibit records as `sourceSha256`): the output files, numbered, and entry.json naming where each
 * goes, its size and SHA-256, and the front-matter value the import recorded.
 */

/** Where the entries live: MUSEUM_IMPORT_CACHE, or beside Astro's own cache so CI keeps both together. */
export function importCacheFolder(root: string): string {
  return process.env.MUSEUM_IMPORT_CACHE || join(root, 'node_modules', '.cache', 'museum-imports');
}

/** Which import: the upload's kind, its fingerprint, and the exhibit its files are named after. */
export interface ImportCacheKey {
  kind: 'scans' | 'splats';
  fingerprint: string;
  id: string;
}

const hex64 = /^[0-9a-f]{64}$/;
const entrySchema = z.strictObject({
  id: z.string(),
  fingerprint: z.string().regex(hex64),
  // Only into public/, never out of the checkout: the cache folder may be shared or restored by CI.
  files: z.array(
    z.strictObject({
      path: z
        .string()
        .regex(/^public\/[^\\]+$/)
        .refine((p) => !p.split('/').includes('..')),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(hex64),
    }),
  ),
  recorded: z.unknown(),
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const entryFolder = (root: string, key: ImportCacheKey) => join(importCacheFolder(root), key.kind, key.fingerprint);

/**
 * The value an earlier import of this key recorded, with its files copied back into `root`; undefined
 * (and nothing copied) when there is no entry, it was made for another exhibit, or any file is missing
 * or not the bytes it was (a truncated copy, a disk that filled up): then the caller imports.
 */
export function reuseCachedImport<T>(root: string, key: ImportCacheKey, recordedSchema: z.ZodType<T>): T | undefined {
  const folder = entryFolder(root, key);
  const manifest = join(folder, 'entry.json');
  if (!existsSync(manifest)) return undefined;
  let entry: z.infer<typeof entrySchema>;
  try {
    entry = entrySchema.parse(JSON.parse(readFileSync(manifest, 'utf8')));
  } catch {
    return undefined;
  }
  const recorded = recordedSchema.safeParse(entry.recorded);
  if (entry.id !== key.id || entry.fingerprint !== key.fingerprint || !recorded.success) return undefined;
  const intact = entry.files.every((file, i) => {
    const cached = join(folder, String(i));
    return existsSync(cached) && statSync(cached).size === file.bytes && sha256(readFileSync(cached)) === file.sha256;
  });
  if (!intact) return undefined;
  entry.files.forEach((file, i) => {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    copyFileSync(join(folder, String(i)), join(root, file.path));
  });
  return recorded.data;
}

/**
 * Keeps what an import wrote (`files`, relative to `root`) and the value it recorded under its key. The
 * entry is made in a scratch folder beside its place and renamed into it whole, so a build killed midway
 * leaves no entry a later build would trust. A cache that cannot be written costs the next build an
 * import, never this one: the reason is returned for the log instead of thrown.
 */
export function keepImport(
  root: string,
  key: ImportCacheKey,
  files: readonly string[],
  recorded: unknown,
): string | undefined {
  const parent = join(importCacheFolder(root), key.kind);
  let scratch: string | undefined;
  try {
    mkdirSync(parent, { recursive: true });
    dropAbandoned(parent);
    scratch = mkdtempSync(join(parent, `.incomplete-${key.fingerprint.slice(0, 12)}-`));
    const listed = files.map((path, i) => {
      const bytes = readFileSync(join(root, path));
      copyFileSync(join(root, path), join(scratch as string, String(i)));
      return { path, bytes: bytes.length, sha256: sha256(bytes) };
    });
    const entry = entrySchema.parse({ id: key.id, fingerprint: key.fingerprint, files: listed, recorded });
    // Written last: a scratch folder without it is never renamed, and one with it is complete.
    writeFileSync(join(scratch, 'entry.json'), JSON.stringify(entry, null, 2));
    const folder = entryFolder(root, key);
    rmSync(folder, { recursive: true, force: true });
    renameSync(scratch, folder);
    return undefined;
  } catch (error) {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    return (error as Error).message;
  }
}

/**
 * One import through the cache: the value recorded under `key` if the cache has it (its files copied
 * back, one line to `log`), else what `run` makes (it imports, and says what it recorded and which
 * files, relative to `root`, it wrote), kept for the next fresh clone. `fresh` says whether `run` ran.
 * `upload` names the upload in the log.
 */
export async function importThroughCache<T>(
  root: string,
  key: ImportCacheKey,
  recordedSchema: z.ZodType<T>,
  upload: string,
  log: (line: string) => void,
  run: () => Promise<{ recorded: T; files: readonly string[] }>,
): Promise<{ recorded: T; fresh: boolean }> {
  const reused = reuseCachedImport(root, key, recordedSchema);
  if (reused !== undefined) {
    log(`reused the import of ${upload} for ${key.id} from the cache`);
    return { recorded: reused, fresh: false };
  }
  const { recorded, files } = await run();
  const problem = keepImport(root, key, files, recorded);
  if (problem) log(`could not keep the import of ${upload} in the cache (${problem})`);
  return { recorded, fresh: true };
}

/** Scratch folders older than an hour were left by killed builds (a running one writes in minutes). */
function dropAbandoned(parent: string): void {
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    if (name.startsWith('.incomplete-') && Date.now() - statSync(path).mtimeMs > 3_600_000)
      rmSync(path, { recursive: true, force: true });
  }
}
