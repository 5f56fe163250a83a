import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteCopy } from '../../../../test/fixtures/site-copy.ts';
import { hostileFiles } from '../../../../tools/splats/hostile-files.ts';
import { writeGeneratedPly } from '../../../../tools/splats/write-generated-ply.ts';
import { setFrontMatterField } from '../../../content/loader/front-matter.ts';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { UploadRefused } from '../../media/build.ts';
import { CAPTURES_FOLDER, runPendingSplatImports, type SplatImporter } from './pending-captures.ts';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'pending-captures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const id = 'dau-ram-pottery-vase';
const entry = `content/exhibits/${id}.vi.md`;
let site = '';

/** An importer that must not run: the build had nothing to do (and no converter was started). */
const mustNotRun: SplatImporter = () => {
  throw new Error('the importer ran');
};
const upload = (name: string, bytes: Uint8Array) => {
  mkdirSync(join(site, CAPTURES_FOLDER), { recursive: true });
  writeFileSync(join(site, CAPTURES_FOLDER, name), bytes);
  // What Decap writes when the expert saves: the field naming the upload, nothing else.
  const file = join(site, entry);
  writeFileSync(file, setFrontMatterField(readFileSync(file, 'utf8'), 'splatCapture', `media/splats/${name}`));
};
const front = () => readFileSync(join(site, entry), 'utf8');

beforeAll(() => {
  site = siteCopy(root, join(scratch, 'site'), ['splats']);
});

describe('the build step for splat captures uploaded in the editor', () => {
  it('does nothing on the checkout as it is: no exhibit names an upload', async () => {
    expect(await runPendingSplatImports(root, loadCatalog(root), mustNotRun)).toEqual([]);
  });

  it('imports a new capture into levels and the exhibit’s splat, then does nothing while its bytes stay the same', async () => {
    // 5,000 generated splats: one coarse level, two converter runs; made here, never committed.
    const ply = join(scratch, 'capture.ply');
    await writeGeneratedPly(ply, { count: 5_000, shDegree: 0 });
    const bytes = readFileSync(ply);
    upload('vase.ply', bytes);
    expect(await runPendingSplatImports(site, loadCatalog(site))).toEqual([id]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(front()).toMatch(`sourceSha256: ${sha256}`);
    expect(front()).toMatch(`src: /splats/${id}/coarse.spz`);
    expect(existsSync(join(site, 'public/splats', id, 'coarse.spz'))).toBe(true);
    // The content check accepts what it wrote; the next build only hashes.
    const catalog = loadCatalog(site);
    expect(catalog.exhibits.find((e) => e.id === id)?.splat?.coarse.splats).toBe(5_000);
    expect(await runPendingSplatImports(site, catalog, mustNotRun)).toEqual([]);
  }, 120_000);

  it('stops on a capture the importer refuses, naming the exhibit’s file, the field and the reason', async () => {
    const odd = hostileFiles().find((f) => f.name === 'odd.splat');
    upload('odd.splat', odd?.bytes ?? new Uint8Array());
    const refusal = await runPendingSplatImports(site, loadCatalog(site)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UploadRefused);
    expect((refusal as Error).message).toMatch(
      `${entry} → splatCapture: media/splats/odd.splat: 327 bytes is not a whole number of 32-byte splats`,
    );
  });

  it('refuses, in the content check, an entry naming an upload that is not there', () => {
    const file = join(site, entry);
    writeFileSync(file, setFrontMatterField(front(), 'splatCapture', 'media/splats/never-uploaded.sog'));
    expect(() => loadCatalog(site)).toThrow(
      `${entry} → splatCapture: the uploaded file content/media/splats/never-uploaded.sog, which does not exist: upload it again`,
    );
  });
});
