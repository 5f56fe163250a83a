import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { siteCopy } from '../../../../test/fixtures/site-copy.ts';
import { setFrontMatterField } from '../../../content/loader/front-matter.ts';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { runPendingScanImports, SCANS_FOLDER, type ScanImporter } from './pending-scans.ts';

// A deploy CI run is a fresh clone of the editor's commit: the upload and the `scan` field, none of
// what the build imported from it. The import cache (media/build/import-cache.ts) is what it keeps.
const scratch = mkdtempSync(join(tmpdir(), 'pending-scans-cache-'));
const cache = join(scratch, 'cache');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const id = 'dau-ram-pottery-vase';
const entry = `content/exhibits/${id}.vi.md`;
const levels = [`public/models/${id}.glb`, `public/models/${id}.light.glb`];
let site = '';
let runs = 0;
const lines: string[] = [];
const log = (line: string) => lines.push(line);

/** Counts its runs and writes small levels that differ from run to run, as a real import's could. */
const counting: ScanImporter = async (_file, options) => {
  runs += 1;
  writeFileSync(join(options.outDir, `${options.id}.glb`), `detailed level, run ${runs} `.repeat(50));
  writeFileSync(join(options.outDir, `${options.id}.light.glb`), `first level, run ${runs}`);
  return {} as Awaited<ReturnType<ScanImporter>>;
};
const front = () => readFileSync(join(site, entry), 'utf8');
const read = (path: string) => readFileSync(join(site, path));
const upload = new TextEncoder().encode('a scan the fake importer never reads');
const fingerprint = createHash('sha256').update(upload).digest('hex');

/** The checkout as a fresh clone of the editor's commit has it: the upload, the levels committed before. */
let committed: { front: string; levels: Buffer[] };
const freshClone = () => {
  writeFileSync(join(site, entry), committed.front);
  for (const [i, path] of levels.entries()) writeFileSync(join(site, path), committed.levels[i] as Buffer);
};

beforeAll(() => {
  vi.stubEnv('MUSEUM_IMPORT_CACHE', cache);
  site = siteCopy(process.cwd(), join(scratch, 'site'), ['models']);
  mkdirSync(join(site, SCANS_FOLDER), { recursive: true });
  writeFileSync(join(site, SCANS_FOLDER, 'vase.glb'), upload);
  writeFileSync(join(site, entry), setFrontMatterField(front(), 'scan', 'media/scans/vase.glb'));
  committed = { front: front(), levels: levels.map(read) };
});

describe('a fresh clone building scans uploaded in the editor', () => {
  it('copies back the levels an earlier build imported, records the same model and runs no importer', async () => {
    expect(await runPendingScanImports(site, loadCatalog(site), counting, log)).toEqual([id]);
    const imported = { front: front(), levels: levels.map(read) };
    expect(imported.front).toMatch(`sourceSha256: ${fingerprint}`);
    freshClone();
    expect(front()).not.toMatch(fingerprint);
    expect(await runPendingScanImports(site, loadCatalog(site), counting, log)).toEqual([]);
    expect(runs).toBe(1);
    expect(front()).toBe(imported.front);
    expect(levels.map(read)).toEqual(imported.levels);
    expect(lines).toEqual([`reused the import of media/scans/vase.glb for ${id} from the cache`]);
  });

  it('does not trust an entry whose files are not the bytes it recorded: it imports again', async () => {
    truncateSync(join(cache, 'scans', fingerprint, '0'), 10);
    freshClone();
    expect(await runPendingScanImports(site, loadCatalog(site), counting, log)).toEqual([id]);
    expect(runs).toBe(2);
    // …and keeps the new import, whole, in its place.
    freshClone();
    expect(await runPendingScanImports(site, loadCatalog(site), counting, log)).toEqual([]);
    expect(runs).toBe(2);
    expect(read(levels[1] as string).toString()).toBe('first level, run 2');
  });

  it('leaves no entry at all when keeping an import fails midway, as a killed build would', async () => {
    rmSync(join(cache, 'scans'), { recursive: true });
    const halfway: ScanImporter = async (file, options) => {
      await counting(file, options);
      rmSync(join(options.outDir, `${options.id}.light.glb`));
      return {} as Awaited<ReturnType<ScanImporter>>;
    };
    freshClone();
    expect(await runPendingScanImports(site, loadCatalog(site), halfway, log)).toEqual([id]);
    expect(readdirSync(join(cache, 'scans'))).toEqual([]);
    freshClone();
    expect(await runPendingScanImports(site, loadCatalog(site), counting, log)).toEqual([id]);
    expect(runs).toBe(4);
  });

  it('imports again when the unit is changed in the editor: another fingerprint, another entry', async () => {
    writeFileSync(join(site, entry), setFrontMatterField(front(), 'scanUnits', 'mm'));
    expect(await runPendingScanImports(site, loadCatalog(site), counting, log)).toEqual([id]);
    expect(runs).toBe(5);
    expect(existsSync(join(cache, 'scans', fingerprint))).toBe(true);
    expect(readdirSync(join(cache, 'scans'))).toHaveLength(2);
  });
});
