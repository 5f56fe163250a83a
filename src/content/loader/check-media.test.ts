import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkNarrationMedia } from './check-media.ts';
import { loadCatalog } from './load-catalog.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'content');
const made: string[] = [];
const EX = 'content/exhibits/bronze-drum.vi.md';

async function problemsWith(change: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), 'media-'));
  made.push(root);
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  change(root);
  return (await checkNarrationMedia(loadCatalog(root), root)).map((p) => `${p.file} → ${p.field}: ${p.expected}`);
}

afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('checkNarrationMedia', () => {
  it('accepts narration within the limits', async () => {
    expect(await problemsWith(() => undefined)).toEqual([]);
  });
  it('refuses captions that do not parse, naming the file', async () => {
    const problems = await problemsWith((root) =>
      writeFileSync(join(root, 'public/audio/drum.vi.vtt'), '00:00 --> later\nHello\n'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${EX} → audio.captions: WebVTT that parses; /audio/drum.vi.vtt .*WEBVTT`));
  });
  it('refuses captions that run past the recording', async () => {
    const problems = await problemsWith((root) =>
      writeFileSync(join(root, 'public/audio/drum.vi.vtt'), 'WEBVTT\n\n00:00:00.000 --> 00:00:30.000\nToo long\n'),
    );
    expect(problems.join()).toMatch(/captions within the recording/);
  });
  it('refuses audio over the bitrate limit', async () => {
    const problems = await problemsWith((root) =>
      copyFileSync(join(FIXTURES, 'media/too-rich.mp3'), join(root, 'public/audio/drum.vi.webm')),
    );
    expect(problems.join('\n')).toMatch(/audio\.opus: at most 48 kbit\/s .* has \d+ kbit\/s/);
  });
  it('says an empty recording is empty, not "Infinity kbit/s"', async () => {
    const problems = await problemsWith((root) => {
      writeFileSync(join(root, 'public/audio/drum.vi.webm'), '');
      writeFileSync(join(root, 'public/audio/drum.vi.mp3'), '');
      const file = join(root, EX);
      writeFileSync(file, readFileSync(file, 'utf8').replace('  captions:', '  mp3: /audio/drum.vi.mp3\n  captions:'));
    });
    expect(problems).toEqual([
      `${EX} → audio.opus: a recording; /audio/drum.vi.webm is empty (0 bytes)`,
      `${EX} → audio.mp3: a recording; /audio/drum.vi.mp3 is empty (0 bytes)`,
    ]);
  });
  it('refuses captions that are not UTF-8, naming the line and byte', async () => {
    const problems = await problemsWith((root) =>
      writeFileSync(
        join(root, 'public/audio/drum.vi.vtt'),
        Buffer.concat([Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nTr'), Buffer.from([0xe9, 0x6e])]),
      ),
    );
    expect(problems).toEqual([
      `${EX} → audio.captions: /audio/drum.vi.vtt: a file saved as UTF-8 (in the editor: "Save with encoding" → UTF-8); line 4, byte 3 of the line (offset 40 in the file) has the bytes E9 6E, which are not UTF-8`,
    ]);
  });
  it('refuses a file that is not audio', async () => {
    const problems = await problemsWith((root) =>
      copyFileSync(join(FIXTURES, 'media/not-audio.webm'), join(root, 'public/audio/drum.vi.webm')),
    );
    expect(problems.join('\n')).toMatch(
      new RegExp(`${EX} → audio.opus: (a readable Opus/WebM file|audio that decodes)`),
    );
  });
});
