import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { splatSchema } from '../../../content/schemas/splat.ts';
import { hostileFiles, plyWithNaN } from '../../../../tools/splats/hostile-files.ts';
import { importSplat } from './import-splat.ts';
import { readSplatFacts, scanPlyPositions } from './read-facts.ts';
import { writeGeneratedPly } from '../../../../tools/splats/write-generated-ply.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'splat-import-test-'));
});

describe('importSplat refuses broken and hostile files by name, quickly', () => {
  for (const file of hostileFiles()) {
    it(`${file.name}: ${file.says.source}`, async () => {
      const path = join(dir, file.name);
      await writeFile(path, file.bytes);
      const started = performance.now();
      const refusal = await importSplat({
        input: path,
        outDir: join(dir, 'out'),
        publicBase: '/splats/x',
        timeoutMs: 60_000,
      }).then(
        () => undefined,
        (error: Error) => error.message,
      );
      expect(refusal).toMatch(new RegExp(`^${file.name.replace('.', '\\.')}: `));
      expect(refusal).toMatch(file.says);
      // Refused from the header, before any converter runs (the .sog is the converter's to open).
      if (!file.name.endsWith('.sog')) expect(performance.now() - started).toBeLessThan(5_000);
    });
  }
});

describe('importSplat on a capture', () => {
  it('writes a coarse level within budget and a phone level, drops NaN positions with a note, and records a valid splat field', async () => {
    const input = join(dir, 'jar.ply');
    await writeFile(input, plyWithNaN(30_000, 1000));
    const lines: string[] = [];
    const splat = await importSplat({
      input,
      outDir: join(dir, 'jar'),
      publicBase: '/splats/jar',
      generated: true,
      log: (l) => lines.push(l),
    });
    expect(splatSchema.parse(splat)).toEqual(splat);
    expect(splat.coarse.splats).toBeLessThanOrEqual(20_000);
    expect(splat.phone?.splats).toBe(29_970);
    expect(lines.join('\n')).toMatch(/jar\.ply: 30 of 30000 splats have no position/);
    const coarse = await readSplatFacts(join(dir, 'jar', 'coarse.spz'));
    expect(coarse.count).toBe(splat.coarse.splats);
    const written = await readFile(join(dir, 'jar', 'coarse.spz'));
    expect(written.byteLength).toBe(splat.coarse.bytes);
    // Gzipped SPZ (version 2–3): the only kind Spark 2.2 reads ("Invalid gzip header" on version 4).
    expect([written[0], written[1]]).toEqual([0x1f, 0x8b]);
  }, 600_000);

  it('reads the 2M-splat capture-layout PLY (496 MB) header and positions in seconds, refusing nothing', async () => {
    const input = join(dir, 'capture-2m.ply');
    const bytes = await writeGeneratedPly(input, { count: 2_000_000 });
    expect(bytes).toBe(496_001_532);
    const facts = await readSplatFacts(input);
    expect(facts.count).toBe(2_000_000);
    expect(facts.properties).toHaveLength(62);
    expect(await scanPlyPositions(input, facts)).toEqual({ scanned: 2_000_000, nonFinite: 0 });
  }, 120_000);
});
