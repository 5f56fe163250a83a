import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { siteCopy } from '../../../../test/fixtures/site-copy.ts';
import { setFrontMatterField } from '../../../content/loader/front-matter.ts';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { CAPTURES_FOLDER, runPendingSplatImports, type SplatImporter } from './pending-captures.ts';

// A deploy CI run is a fresh clone of the editor's commit: the capture and the `splatCapture` field,
// none of what the build imported from it. The import cache (media/build/import-cache.ts) is what it keeps.
const scratch = mkdtempSync(join(tmpdir(), 'pending-captures-cache-'));
const cache = join(scratch, 'cache');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const id = 'dau-ram-pottery-vase';
const entry = `content/exhibits/${id}.vi.md`;
const levels = ['coarse', 'phone'].map((name) => `public/splats/${id}/${name}.spz`);
let site = '';
const runs: { scale?: number }[] = [];
const lines: string[] = [];
const log = (line: string) => lines.push(line);

/** Counts its runs and writes two small levels that differ from run to run, as a converter's could. */
const counting: SplatImporter = async (options) => {
  runs.push({ scale: options.scale });
  mkdirSync(options.outDir, { recursive: true });
  const write = (name: string, text: string) => {
    writeFileSync(join(options.outDir, `${name}.spz`), text);
    return { src: `${options.publicBase}/${name}.spz`, splats: 1000 * runs.length, bytes: text.length };
  };
  return {
    coarse: write('coarse', `coarse level, run ${runs.length}`),
    phone: write('phone', `phone level, run ${runs.length} `.repeat(40)),
    generated: false,
  };
};
const front = () => readFileSync(join(site, entry), 'utf8');
const read = (path: string) => readFileSync(join(site, path));
const capture = new TextEncoder().encode('a capture the fake importer never reads');
const fingerprint = createHash('sha256').update(capture).digest('hex');

/** The checkout as a fresh clone of the editor's commit has it: the capture, no levels, no `splat`. */
let committed = '';
const freshClone = () => {
  writeFileSync(join(site, entry), committed);
  rmSync(join(site, 'public/splats', id), { recursive: true, force: true });
};

beforeAll(() => {
  vi.stubEnv('MUSEUM_IMPORT_CACHE', cache);
  site = siteCopy(process.cwd(), join(scratch, 'site'), ['splats']);
  mkdirSync(join(site, CAPTURES_FOLDER), { recursive: true });
  writeFileSync(join(site, CAPTURES_FOLDER, 'vase.ply'), capture);
  writeFileSync(join(site, entry), setFrontMatterField(front(), 'splatCapture', 'media/splats/vase.ply'));
  committed = front();
});

describe('a fresh clone building splat captures uploaded in the editor', () => {
  it('copies back the levels an earlier build imported, records the same splat and runs no converter', async () => {
    expect(await runPendingSplatImports(site, loadCatalog(site), counting, log)).toEqual([id]);
    const imported = { front: front(), levels: levels.map(read) };
    expect(imported.front).toMatch(`sourceSha256: ${fingerprint}`);
    freshClone();
    expect(existsSync(join(site, levels[0] as string))).toBe(false);
    expect(await runPendingSplatImports(site, loadCatalog(site), counting, log)).toEqual([]);
    expect(runs).toHaveLength(1);
    expect(front()).toBe(imported.front);
    expect(levels.map(read)).toEqual(imported.levels);
    expect(lines).toEqual([`reused the import of media/splats/vase.ply for ${id} from the cache`]);
    // The content check accepts what was copied back.
    expect(loadCatalog(site).exhibits.find((e) => e.id === id)?.splat?.phone?.splats).toBe(1000);
  });

  it('does not trust an entry with a level missing: it converts again', async () => {
    rmSync(join(cache, 'splats', fingerprint, '1'));
    freshClone();
    expect(await runPendingSplatImports(site, loadCatalog(site), counting, log)).toEqual([id]);
    expect(runs).toHaveLength(2);
  });

  it('does not trust an entry whose record was cut short: it converts again', async () => {
    const manifest = join(cache, 'splats', fingerprint, 'entry.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').slice(0, 100));
    freshClone();
    expect(await runPendingSplatImports(site, loadCatalog(site), counting, log)).toEqual([id]);
    expect(runs).toHaveLength(3);
  });

  it('converts again when the size is changed in the editor: another fingerprint misses the cache', async () => {
    freshClone();
    writeFileSync(join(site, entry), setFrontMatterField(front(), 'splatScale', 0.001));
    expect(await runPendingSplatImports(site, loadCatalog(site), counting, log)).toEqual([id]);
    expect(runs.at(-1)).toEqual({ scale: 0.001 });
    expect(front()).not.toMatch(`sourceSha256: ${fingerprint}`);
  });
});
