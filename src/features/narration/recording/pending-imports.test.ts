import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSpeechRecording } from '../../../../tools/demo-recordings/speech-material.ts';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { setFrontMatterField } from '../../../content/loader/front-matter.ts';
import type { Exhibit } from '../../../content/schemas/catalog.ts';
import { parseCaptions, sentenceSpans } from '../captions.ts';
import { narrationSentences } from './import-recording.ts';
import { MASTERS_FOLDER, runPendingImports } from './pending-imports.ts';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'pending-imports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the site to change: content/ and public/audio copied, scenes/ and the rest of public/ linked. */
function siteCopy(): string {
  const site = join(scratch, 'site');
  cpSync(join(root, 'content'), join(site, 'content'), { recursive: true });
  symlinkSync(join(root, 'scenes'), join(site, 'scenes'));
  mkdirSync(join(site, 'public'));
  for (const entry of readdirSync(join(root, 'public'))) {
    if (entry === 'audio') cpSync(join(root, 'public/audio'), join(site, 'public/audio'), { recursive: true });
    else symlinkSync(join(root, 'public', entry), join(site, 'public', entry));
  }
  return site;
}

function withoutFfmpeg<T>(run: () => T): T {
  const path = process.env.PATH;
  process.env.PATH = join(scratch, 'no-tools');
  try {
    return run();
  } finally {
    process.env.PATH = path;
  }
}

describe('the build step for uploaded recordings', () => {
  it('does nothing, and needs no ffmpeg, when no upload is new (a fresh clone)', () => {
    expect(withoutFfmpeg(() => runPendingImports(root, loadCatalog(root)))).toEqual({ imported: [], retimed: [] });
  });

  it("imports a master uploaded in the editor once, then re-times the captions from a curator's taps", () => {
    const site = siteCopy();
    const file = join(site, 'content/exhibits/mine-cart.en.md');
    const exhibit = loadCatalog(root).exhibits.find((e) => e.id === 'mine-cart') as Exhibit;
    const sentences = narrationSentences(exhibit, 'en');
    mkdirSync(join(site, MASTERS_FOLDER), { recursive: true });
    makeSpeechRecording(join(site, MASTERS_FOLDER, 'mine-cart.en.flac.wav'), scratch, {
      sentences,
      voice: 'en-gb+m3',
      speed: 140,
      seed: 4,
    });
    // What Decap writes on upload: only the master; the published files do not exist yet.
    writeFileSync(
      file,
      setFrontMatterField(readFileSync(file, 'utf8'), 'audio', { master: '/recordings/mine-cart.en.flac.wav' }),
    );
    expect(runPendingImports(site, loadCatalog(site))).toEqual({ imported: ['mine-cart.en'], retimed: [] });
    const front = readFileSync(file, 'utf8');
    expect(front).toMatch(/opus: \/audio\/exhibits\/mine-cart\.en\.webm/);
    expect(front).toMatch(/master: \/recordings\/mine-cart\.en\.flac\.wav/);
    expect(front).toMatch(/synthetic: false/);
    // Cached by the master's hash: the next build runs no ffmpeg.
    expect(withoutFfmpeg(() => runPendingImports(site, loadCatalog(site)))).toEqual({ imported: [], retimed: [] });

    const starts = sentences.map((_, k) => k * 3);
    writeFileSync(
      file,
      setFrontMatterField(readFileSync(file, 'utf8'), 'audio', {
        ...(loadCatalog(site).exhibits.find((e) => e.id === 'mine-cart')?.translations.en?.fields.audio ?? {}),
        sentenceStarts: starts,
      }),
    );
    expect(withoutFfmpeg(() => runPendingImports(site, loadCatalog(site)))).toEqual({
      imported: [],
      retimed: ['mine-cart.en'],
    });
    const vtt = readFileSync(join(site, 'public/audio/exhibits/mine-cart.en.vtt'), 'utf8');
    expect(sentenceSpans(parseCaptions(vtt).cues).map((s) => s.start)).toEqual(starts);
    expect(withoutFfmpeg(() => runPendingImports(site, loadCatalog(site)))).toEqual({ imported: [], retimed: [] });
  }, 600_000);
});
