import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  it('refuses a file that is not audio', async () => {
    const problems = await problemsWith((root) =>
      copyFileSync(join(FIXTURES, 'media/not-audio.webm'), join(root, 'public/audio/drum.vi.webm')),
    );
    expect(problems.join('\n')).toMatch(
      new RegExp(`${EX} → audio.opus: (a readable Opus/WebM file|audio that decodes)`),
    );
  });
});
